package io.modelwright.core.train;

import org.tribuo.Example;
import org.tribuo.Output;
import org.tribuo.impl.ArrayExample;

/**
 * An {@link ArrayExample} over names that are already sorted (as {@link io.modelwright.runtime.featurize.SortedFeaturizer}
 * gives them), taken as they are: Tribuo's constructor would copy both arrays and argsort the names, and
 * {@code MutableDataset.add} would validate through a hash set of the names. Same content, same behaviour.
 */
final class SortedExample<T extends Output<T>> extends ArrayExample<T> {

    /**
     * @param output the output
     * @param names  feature names in ascending {@link String#compareTo} order; owned by the example from now on
     * @param values their values
     */
    SortedExample(T output, String[] names, double[] values) {
        super(output, Example.DEFAULT_WEIGHT, 0);
        if (names.length != values.length) {
            throw new IllegalArgumentException("names.length != values.length");
        }
        featureNames = names;
        featureValues = values;
        size = names.length;
    }

    /** Tribuo's rule (no features, a NaN value or a repeated name makes an example invalid), in one pass. */
    @Override
    public boolean validateExample() {
        if (size == 0) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (Double.isNaN(featureValues[i]) || (i > 0 && featureNames[i].equals(featureNames[i - 1]))) {
                return false;
            }
        }
        return true;
    }
}
