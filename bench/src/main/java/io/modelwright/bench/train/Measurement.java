package io.modelwright.bench.train;

/**
 * One row of the result table.
 *
 * @param dataset      e.g. {@code 100k}
 * @param tool         Modelwright, Tribuo direct, Weka, scikit-learn
 * @param algorithm    the algorithm as that tool names it
 * @param trainSeconds train time (min over repeats); NaN when skipped or failed
 * @param accuracy     test accuracy on the shared hold-out; NaN when skipped or failed
 * @param cpuSeconds   process CPU time of that training (all threads; OpenMP spin-waiting counts too); NaN if unknown
 * @param note         repeats, "skipped: > N s", an error, ...
 */
public record Measurement(String dataset, String tool, String algorithm, double trainSeconds, double accuracy,
                          double cpuSeconds, String note) {

    /** @return true when the tool produced a time and an accuracy */
    public boolean ok() {
        return !Double.isNaN(trainSeconds) && !Double.isNaN(accuracy);
    }
}
