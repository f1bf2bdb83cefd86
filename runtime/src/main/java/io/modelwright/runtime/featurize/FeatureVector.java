package io.modelwright.runtime.featurize;

import java.util.List;

/**
 * The features of one row, ready to become a Tribuo example.
 *
 * @param names  feature names (unique); never modify them: rows with the same features may share the array
 *               (see {@link SortedFeaturizer#sharingNames})
 * @param values feature values, aligned with names
 * @param notes  what the featurizer had to decide on its own for this row, e.g. an unseen category; for people
 */
public record FeatureVector(String[] names, double[] values, List<String> notes) {

    /** @return the number of features */
    public int size() {
        return names.length;
    }

    /** @return the value of the named feature, or 0 when absent (Tribuo's sparse convention) */
    public double value(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return values[i];
            }
        }
        return 0;
    }
}
