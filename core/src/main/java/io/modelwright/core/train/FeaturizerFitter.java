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
        double[] present = new double[rows.length];
        int n = 0;
        for (int r : rows) {
            double v = c.value(r);
            if (Double.isFinite(v)) {
                present[n++] = v;
            }
        }
        if (n == 0) {
            return null;
        }
        present = Arrays.copyOf(present, n);
        boolean missing = n < rows.length;
        ColumnType type = c.type() == ColumnType.CONSTANT ? ColumnType.NUMERIC : c.type();
        Imputation imputation = type == ColumnType.BOOLEAN ? Imputation.MOST_FREQUENT : Imputation.MEDIAN;
        double fill = imputation == Imputation.MEDIAN ? median(present) : mostFrequent(present);
        double[] filled = Arrays.copyOf(present, rows.length);
        Arrays.fill(filled, n, rows.length, fill);
        double min = Arrays.stream(present).min().orElse(Double.NaN);
        double max = Arrays.stream(present).max().orElse(Double.NaN);
        if (min == max && !missing) {
            return null; // constant in the training rows: nothing to learn, and it breaks scaling-based solvers
        }
        if (type != ColumnType.DATETIME) {
            return new InputSpec(c.name(), type, imputation, fill, null, missing, standardize, mean(filled),
                    std(filled), List.of(), c.format(), List.of(), List.of(), List.of(), min, max);
        }
        List<DatePart> parts = new ArrayList<>(List.of(DatePart.YEAR, DatePart.MONTH, DatePart.DAY_OF_MONTH,
                DatePart.DAY_OF_WEEK));
        if (Arrays.stream(present).anyMatch(v -> Math.floorMod((long) Math.floor(v), 86_400L) != 0)) {
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
        return new InputSpec(c.name(), type, imputation, fill, null, missing, standardize, mean(filled),
                std(filled), List.of(), c.format() == null ? "uuuu-MM-dd" : c.format(), parts, partMeans,
                partScales, min, max);
    }

    private static InputSpec fitCategorical(CategoricalColumn c, int[] rows) {
        Map<String, Integer> counts = new TreeMap<>();
        int missing = 0;
        for (int r : rows) {
            String level = c.level(r);
            if (level == null) {
                missing++;
            } else {
                counts.merge(level, 1, Integer::sum);
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
        double[] s = values.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }

    private static double mostFrequent(double[] values) {
        Map<Double, Integer> counts = new TreeMap<>();
        for (double v : values) {
            counts.merge(v, 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
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
