package io.modelwright.runtime.featurize;

import org.tribuo.Example;
import org.tribuo.Output;
import org.tribuo.impl.ArrayExample;

import java.util.Arrays;

/**
 * A Tribuo {@link ArrayExample} over feature names in Tribuo's order ({@link String#compareTo}), taken as they
 * are. Tribuo's own constructor copies both arrays and argsorts the names with an object per feature, and
 * {@code MutableDataset.add} validates through a hash set of the names: together a tenth of batch scoring's CPU
 * and a good part of building a training set. Same content and behaviour as an {@code ArrayExample}.
 *
 * <p>The names array may be shared by many examples with the same features (a training set built through
 * {@link SortedFeaturizer#sharingNames}): {@code ArrayExample} copies its arrays before it adds a feature
 * ({@code add}, {@code addAll}, {@code densify}) or removes one, and otherwise rewrites a full, sorted,
 * duplicate-free names array only with the same names ({@code sort}, {@code reduceByName},
 * {@code canonicalize}), so one example's change never shows in another.
 *
 * <p>Tied to Tribuo 4.3.2's protected fields of {@code ArrayExample}; tests compare it with Tribuo's own
 * example on every upgrade.
 */
@SuppressWarnings("serial") // built, used and dropped; never serialized
public final class SortedExample<T extends Output<T>> extends ArrayExample<T> {

    /**
     * @param output the output (the unknown output when predicting)
     * @param names  unique feature names in ascending {@link String#compareTo} order; the example keeps the
     *               array, which other examples may share as long as nobody else writes to it
     * @param values their values
     */
    public SortedExample(T output, String[] names, double[] values) {
        super(output, Example.DEFAULT_WEIGHT, 0);
        if (names.length != values.length) {
            throw new IllegalArgumentException("names and values differ in length: " + names.length + " vs "
                    + values.length + " " + Arrays.toString(names));
        }
        featureNames = names;
        featureValues = values;
        size = names.length;
    }

    /**
     * Makes an example from names in any order: sorts both arrays in place by name (an insertion sort, cheap for
     * the twenty-odd features of a row, and allocation-free).
     */
    public static <T extends Output<T>> SortedExample<T> sortingInPlace(T output, String[] names, double[] values) {
        sortByName(names, values);
        return new SortedExample<>(output, names, values);
    }

    /** Sorts both arrays by name, as Tribuo orders features. */
    static void sortByName(String[] names, double[] values) {
        if (names.length != values.length) {
            throw new IllegalArgumentException("names and values differ in length: " + names.length + " vs "
                    + values.length + " " + Arrays.toString(names));
        }
        for (int i = 1; i < names.length; i++) {
            String name = names[i];
            double value = values[i];
            int j = i - 1;
            while (j >= 0 && names[j].compareTo(name) > 0) {
                names[j + 1] = names[j];
                values[j + 1] = values[j];
                j--;
            }
            names[j + 1] = name;
            values[j + 1] = value;
        }
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
