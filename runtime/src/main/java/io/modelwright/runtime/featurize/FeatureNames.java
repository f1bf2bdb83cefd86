package io.modelwright.runtime.featurize;

/**
 * How feature names are formed from column names. One place, so that importances can be mapped back to the
 * original columns ({@link #columnOf}).
 */
public final class FeatureNames {
    /** Separates a categorical column from its level: {@code island=Dream}. */
    public static final String LEVEL_SEPARATOR = "=";
    /** Separates a column from a derived part: {@code Year.month}, {@code bmi.missing}. */
    public static final String PART_SEPARATOR = ".";
    /** Suffix of a missing-value indicator feature. */
    public static final String MISSING_SUFFIX = "missing";

    private FeatureNames() {
    }

    static String level(String column, String level) {
        return column + LEVEL_SEPARATOR + level;
    }

    static String part(String column, String part) {
        return column + PART_SEPARATOR + part;
    }

    static String missing(String column) {
        return part(column, MISSING_SUFFIX);
    }

    /**
     * @param spec        the spec the feature came from
     * @param featureName a feature name produced by the featurizer
     * @return the input column that produced it, or null when unknown
     */
    public static String columnOf(FeaturizerSpec spec, String featureName) {
        String best = null;
        for (InputSpec in : spec.inputs()) {
            String n = in.name();
            boolean matches = featureName.equals(n) || featureName.startsWith(n + LEVEL_SEPARATOR)
                    || featureName.startsWith(n + PART_SEPARATOR);
            // Prefer the longest column name so "a.b" wins over "a" for feature "a.b.missing".
            if (matches && (best == null || n.length() > best.length())) {
                best = n;
            }
        }
        return best;
    }
}
