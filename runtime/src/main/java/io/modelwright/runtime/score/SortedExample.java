package io.modelwright.runtime.score;

import org.tribuo.Output;
import org.tribuo.impl.ArrayExample;

import java.util.Arrays;

/**
 * A Tribuo example built for one prediction. {@link ArrayExample}'s constructor copies the arrays and sorts them
 * by feature name with an object per feature (a tenth of batch scoring's CPU); here the names are sorted in place
 * with an insertion sort, which is cheap for the twenty-odd features of a row, and nothing else is allocated.
 */
@SuppressWarnings("serial") // built, scored and dropped; never serialized
final class SortedExample<T extends Output<T>> extends ArrayExample<T> {

    /**
     * @param names  unique feature names, in any order; sorted in place together with values
     * @param values feature values aligned with names
     */
    SortedExample(T output, String[] names, double[] values) {
        super(output, DEFAULT_WEIGHT, 0);
        sortByName(names, values);
        featureNames = names;
        featureValues = values;
        size = names.length;
    }

    /** Sorts both arrays by name, as Tribuo orders features ({@link String#compareTo}). */
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
}
