package io.modelwright.core.eval;

import java.util.List;

/**
 * Counts of rows by true class (rows) and predicted class (columns). Immutable.
 */
public final class ConfusionMatrix {
    private final List<String> classNames;
    private final long[][] counts;

    private ConfusionMatrix(List<String> classNames, long[][] counts) {
        this.classNames = List.copyOf(classNames);
        this.counts = counts;
    }

    /**
     * @param truth      true class index per row, each in {@code 0..classNames.size()-1}
     * @param predicted  predicted class index per row, same range
     * @param classNames the class names, in index order
     * @return the matrix
     * @throws IllegalArgumentException when lengths differ or an index is out of range
     */
    public static ConfusionMatrix of(int[] truth, int[] predicted, List<String> classNames) {
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException("There are " + truth.length + " true labels but "
                    + predicted.length + " predictions; they must match row for row.");
        }
        int k = classNames.size();
        long[][] counts = new long[k][k];
        for (int i = 0; i < truth.length; i++) {
            checkIndex(truth[i], k, i, "true");
            checkIndex(predicted[i], k, i, "predicted");
            counts[truth[i]][predicted[i]]++;
        }
        return new ConfusionMatrix(classNames, counts);
    }

    private static void checkIndex(int index, int classCount, int row, String what) {
        if (index < 0 || index >= classCount) {
            throw new IllegalArgumentException("Row " + row + " has " + what + " class index " + index
                    + " but there are only " + classCount + " classes.");
        }
    }

    /** @return the class names, in index order (row and column order of the matrix) */
    public List<String> classNames() {
        return classNames;
    }

    /**
     * @param trueClass      row index
     * @param predictedClass column index
     * @return how many rows of class {@code trueClass} were predicted as {@code predictedClass}
     */
    public long count(int trueClass, int predictedClass) {
        return counts[trueClass][predictedClass];
    }

    /** @return a fresh copy of all counts, {@code [true][predicted]} */
    public long[][] counts() {
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    /** @return number of rows whose true class is {@code c} */
    public long support(int c) {
        long sum = 0;
        for (long v : counts[c]) {
            sum += v;
        }
        return sum;
    }

    /** @return number of rows predicted as class {@code c} */
    public long predictedCount(int c) {
        long sum = 0;
        for (long[] row : counts) {
            sum += row[c];
        }
        return sum;
    }

    /** @return number of rows counted */
    public long total() {
        long sum = 0;
        for (int c = 0; c < counts.length; c++) {
            sum += support(c);
        }
        return sum;
    }

    /** @return number of rows on the diagonal (predicted correctly) */
    public long correct() {
        long sum = 0;
        for (int c = 0; c < counts.length; c++) {
            sum += counts[c][c];
        }
        return sum;
    }
}
