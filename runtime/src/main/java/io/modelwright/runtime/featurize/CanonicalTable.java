package io.modelwright.runtime.featurize;

/**
 * Rows in canonical form read in place, one cell at a time, without an {@code Object[]} per row: how training
 * hands its typed table to {@link SortedFeaturizer}. Inputs are numbered as in {@link FeaturizerSpec#inputs()}.
 */
public interface CanonicalTable {

    /** @return a numeric, integer, boolean (0/1) or datetime (epoch seconds) input's value; NaN when missing */
    double number(int input, int row);

    /** @return a categorical input's level, or null when missing */
    String level(int input, int row);
}
