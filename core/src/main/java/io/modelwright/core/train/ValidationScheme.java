package io.modelwright.core.train;

/**
 * How a model is scored on rows it did not learn from.
 *
 * @param folds          k for k-fold cross-validation; 1 for a single hold-out split
 * @param holdoutFraction the fraction of rows held out (hold-out only; 0 for cross-validation)
 */
public record ValidationScheme(int folds, double holdoutFraction) {

    public ValidationScheme {
        if (folds < 1 || (folds == 1 && !(holdoutFraction > 0 && holdoutFraction < 1))) {
            throw new TrainingRequestException("Validation needs at least 2 folds, or a hold-out fraction between 0 and 1.");
        }
    }

    /** @return k-fold cross-validation */
    public static ValidationScheme crossValidation(int k) {
        if (k < 2 || k > 100) {
            throw new TrainingRequestException("Cross-validation needs between 2 and 100 folds, not " + k + ".");
        }
        return new ValidationScheme(k, 0);
    }

    /** @return one split holding out this fraction of the rows */
    public static ValidationScheme holdout(double fraction) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new TrainingRequestException("The hold-out fraction must be between 0 and 1 (e.g. holdout:0.2), not "
                    + fraction + ".");
        }
        return new ValidationScheme(1, fraction);
    }

    /** The default: 5-fold cross-validation. */
    public static ValidationScheme defaultScheme() {
        return crossValidation(5);
    }

    /**
     * Parses {@code cv:5} or {@code holdout:0.2}.
     *
     * @throws TrainingRequestException saying the accepted forms
     */
    public static ValidationScheme parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.startsWith("cv:")) {
                return crossValidation(Integer.parseInt(t.substring(3).trim()));
            }
            if (t.startsWith("holdout:")) {
                return holdout(Double.parseDouble(t.substring(8).trim()));
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new TrainingRequestException("Unknown validation '" + text
                + "'. Use cv:K for K-fold cross-validation (e.g. cv:5) or holdout:F to hold out a fraction (e.g. holdout:0.2).");
    }

    /** @return true for k-fold cross-validation */
    public boolean isCrossValidation() {
        return folds > 1;
    }

    /** @return the number of train/test splits: k, or 1 for hold-out */
    public int splits() {
        return folds;
    }

    @Override
    public String toString() {
        return isCrossValidation() ? "cv:" + folds : "holdout:" + holdoutFraction;
    }
}
