package io.modelwright.core.train;

import io.modelwright.core.data.CategoricalColumn;
import io.modelwright.core.data.Column;
import io.modelwright.core.data.DataTable;
import io.modelwright.core.data.NumericColumn;
import io.modelwright.runtime.featurize.DatePart;
import io.modelwright.runtime.featurize.FeatureNames;
import io.modelwright.runtime.featurize.FeaturizerSpec;
import io.modelwright.runtime.featurize.Imputation;
import io.modelwright.runtime.featurize.InputSpec;
import io.modelwright.runtime.schema.ColumnType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Learns a {@link FeaturizerSpec} from the TRAINING rows only (fill values, levels, means and scales), so that
 * cross-validation never peeks at the rows it is scored on.
 * <p>
 * Numbers are filled with the training median, categories with the most frequent level; a {@code .missing}
 * indicator is added when the training rows had missing values. Dates become year, month, day, weekday (and hour
 * when some values have a time of day); date parts that never change are left out. A column with a single value
 * in the training rows (and none missing) is left out: it carries nothing to learn.
 */
public final class FeaturizerFitter {
    private final boolean standardize;

    /** @param standardize subtract the mean and divide by the standard deviation (linear, SVM, KNN, k-means) */
    public FeaturizerFitter(boolean standardize) {
        this.standardize = standardize;
    }

    /**
     * Chooses the columns that become features by default: every column whose type is a feature type
     * (numeric, integer, boolean, categorical, datetime), minus the target and the ignored columns.
     * Identifier, text, constant and empty columns are left out.
     */
    public static List<String> defaultFeatureColumns(DataTable table, String target, Collection<String> ignored) {
        List<String> out = new ArrayList<>();
        for (Column c : table.columns()) {
            if (c.type().isFeatureByDefault() && !c.name().equals(target) && !ignored.contains(c.name())) {
                out.add(c.name());
            }
        }
        return out;
    }

    /**
     * @param table     the data
     * @param columns   feature columns, in the order a row will list them
     * @param trainRows the rows to learn from
     * @return the learned spec; columns with no value in the training rows are left out
     */
    public FeaturizerSpec fit(DataTable table, List<String> columns, int[] trainRows) {
        List<InputSpec> inputs = new ArrayList<>();
        for (String name : columns) {
            Column c = table.column(name);
            InputSpec in = c instanceof NumericColumn n ? fitNumeric(n, trainRows) : fitCategorical((CategoricalColumn) c, trainRows);
            if (in != null) {
                inputs.add(in);
            }
        }
        return new FeaturizerSpec(FeaturizerSpec.CURRENT_VERSION, inputs, featureNames(inputs), null);
    }

    private InputSpec fitNumeric(NumericColumn c, int[] rows) {
        // One pass over the column collects the present values (in row order), their sum, min and max.
        double[] present = new double[rows.length];
        int n = 0;
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int r : rows) {
            double v = c.value(r);
            if (Double.isFinite(v)) {
                present[n++] = v;
                sum += v;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (n == 0) {
            return null;
        }
        boolean missing = n < rows.length;
        if (min == max && !missing) {
            return null; // constant in the training rows: nothing to learn, and it breaks scaling-based solvers
        }
        ColumnType type = c.type() == ColumnType.CONSTANT ? ColumnType.NUMERIC : c.type();
        Imputation imputation = type == ColumnType.BOOLEAN ? Imputation.MOST_FREQUENT : Imputation.MEDIAN;
        double fill = imputation == Imputation.MEDIAN ? median(present, n) : mostFrequent(present, n);
        // Mean and deviation of the filled values: the present ones in row order, then the fills, summed in
        // that order so the figures are the same, bit for bit, as over a filled copy of the column.
        for (int i = n; i < rows.length; i++) {
            sum += fill;
        }
        double mean = sum / rows.length;
        double std = std(present, n, fill, rows.length, mean);
        if (type != ColumnType.DATETIME) {
            return new InputSpec(c.name(), type, imputation, fill, null, missing, standardize, mean, std,
                    List.of(), c.format(), List.of(), List.of(), List.of(), min, max);
        }
        double[] filled = Arrays.copyOf(present, rows.length);
        Arrays.fill(filled, n, rows.length, fill);
        List<DatePart> parts = new ArrayList<>(List.of(DatePart.YEAR, DatePart.MONTH, DatePart.DAY_OF_MONTH,
                DatePart.DAY_OF_WEEK));
        if (Arrays.stream(present, 0, n).anyMatch(v -> Math.floorMod((long) Math.floor(v), 86_400L) != 0)) {
            parts.add(DatePart.HOUR);
        }
        List<DatePart> varying = new ArrayList<>();
        List<Double> partMeans = new ArrayList<>();
        List<Double> partScales = new ArrayList<>();
        for (DatePart part : parts) {
            double[] values = new double[filled.length];
            for (int i = 0; i < filled.length; i++) {
                values[i] = part.of(java.time.LocalDateTime.ofEpochSecond((long) Math.floor(filled[i]), 0,
                        java.time.ZoneOffset.UTC));
            }
            double s = std(values);
            if (s > 0) { // a part that never changes (e.g. month of yearly dates) carries nothing
                varying.add(part);
                partMeans.add(mean(values));
                partScales.add(s);
            }
        }
        parts = varying;
        return new InputSpec(c.name(), type, imputation, fill, null, missing, standardize, mean, std,
                List.of(), c.format() == null ? "uuuu-MM-dd" : c.format(), parts, partMeans,
                partScales, min, max);
    }

    private static InputSpec fitCategorical(CategoricalColumn c, int[] rows) {
        int[] codes = c.codes();
        int[] byCode = new int[c.levels().size()];
        int missing = 0;
        for (int r : rows) {
            int code = codes[r];
            if (code < 0) {
                missing++;
            } else {
                byCode[code]++;
            }
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (int code = 0; code < byCode.length; code++) {
            if (byCode[code] > 0) {
                counts.merge(c.levels().get(code), byCode[code], Integer::sum);
            }
        }
        if (counts.isEmpty() || (counts.size() == 1 && missing == 0)) {
            return null;
        }
        String fill = null;
        int best = -1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > best) { // sorted keys: ties go to the first level alphabetically
                best = e.getValue();
                fill = e.getKey();
            }
        }
        return new InputSpec(c.name(), ColumnType.CATEGORICAL, Imputation.MOST_FREQUENT, Double.NaN, fill,
                missing > 0, false, 0, 1, new ArrayList<>(counts.keySet()), null, List.of(), List.of(), List.of(),
                Double.NaN, Double.NaN);
    }

    /** @return every feature name the inputs can produce, sorted as Tribuo orders feature ids */
    static List<String> featureNames(List<InputSpec> inputs) {
        TreeSet<String> names = new TreeSet<>();
        for (InputSpec in : inputs) {
            if (in.isCategorical()) {
                in.levels().forEach(l -> names.add(in.name() + FeatureNames.LEVEL_SEPARATOR + l));
            } else if (in.type() == ColumnType.DATETIME) {
                in.dateParts().forEach(p -> names.add(in.name() + FeatureNames.PART_SEPARATOR + p.suffix()));
            } else {
                names.add(in.name());
            }
            if (in.missingIndicator()) {
                names.add(in.name() + FeatureNames.PART_SEPARATOR + FeatureNames.MISSING_SUFFIX);
            }
        }
        return new ArrayList<>(names);
    }

    static double median(double[] values) {
        return median(values, values.length);
    }

    /**
     * The median of the first {@code n} values, found by selection on a copy rather than by sorting it: the same
     * value, bit for bit, as the middle of {@code Arrays.sort} (which puts -0.0 before 0.0).
     */
    static double median(double[] values, int n) {
        double[] s = Arrays.copyOf(values, n);
        int m = n / 2;
        double upper = select(s, m);
        if (n % 2 == 1) {
            return upper;
        }
        double lower = Double.NEGATIVE_INFINITY; // after select(s, m), s[0..m-1] hold the m smallest values
        for (int i = 0; i < m; i++) {
            lower = Math.max(lower, s[i]);
        }
        return (signedZero(lower, m - 1, s) + signedZero(upper, m, s)) / 2;
    }

    /**
     * Moves the k-th smallest value to {@code a[k]}, smaller-or-equal ones before it, larger-or-equal after
     * (Hoare partitioning, which stays fast with many equal values). Falls back to a sort of the remaining range
     * if the pivots keep choosing badly, so the worst case stays n log n.
     */
    static double select(double[] a, int k) {
        int lo = 0;
        int hi = a.length - 1;
        int budget = 2 * (32 - Integer.numberOfLeadingZeros(a.length)) + 8;
        while (lo < hi) {
            if (budget-- == 0) {
                Arrays.sort(a, lo, hi + 1);
                break;
            }
            int mid = (lo + hi) >>> 1;
            double pivot = medianOfThree(a[lo], a[mid], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (pivot < a[j]) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (j < k) {
                lo = i;
            }
            if (k < i) {
                hi = j;
            }
        }
        return signedZero(a[k], k, a);
    }

    private static double medianOfThree(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    /**
     * Selection compares with {@code <}, for which -0.0 equals 0.0; a sort orders -0.0 first. So a zero at
     * sorted position k is -0.0 exactly when more than k values are negative or -0.0.
     */
    private static double signedZero(double value, int k, double[] values) {
        if (value != 0) {
            return value;
        }
        int negative = 0;
        for (double v : values) {
            if (v < 0 || (v == 0 && Double.doubleToRawLongBits(v) != 0)) {
                negative++;
            }
        }
        return k < negative ? -0.0 : 0.0;
    }

    private static double mostFrequent(double[] values, int n) {
        Map<Double, Integer> counts = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            counts.merge(values[i], 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** The deviation of the first n values followed by {@code total - n} copies of {@code fill}, in that order. */
    private static double std(double[] present, int n, double fill, int total, double mean) {
        double ss = 0;
        for (int i = 0; i < n; i++) {
            ss += (present[i] - mean) * (present[i] - mean);
        }
        for (int i = n; i < total; i++) {
            ss += (fill - mean) * (fill - mean);
        }
        return Math.sqrt(ss / total);
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }

    static double std(double[] values) {
        double m = mean(values);
        double ss = 0;
        for (double v : values) {
            ss += (v - m) * (v - m);
        }
        return values.length == 0 ? 0 : Math.sqrt(ss / values.length);
    }
}
