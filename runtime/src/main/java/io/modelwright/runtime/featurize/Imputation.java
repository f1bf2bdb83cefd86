package io.modelwright.runtime.featurize;

/** How a missing value is filled before it becomes a feature. The fill value is learned on training rows only. */
public enum Imputation {
    /** Numeric: the training mean. */
    MEAN,
    /** Numeric: the training median (robust to outliers; the default for numbers). */
    MEDIAN,
    /** Numeric or categorical: the most frequent training value (the default for categories). */
    MOST_FREQUENT,
    /** Numeric: zero; categorical: no level switched on. */
    ZERO
}
