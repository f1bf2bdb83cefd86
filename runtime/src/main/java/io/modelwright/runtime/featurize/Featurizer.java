package io.modelwright.runtime.featurize;

import org.tribuo.Example;
import org.tribuo.Output;
import org.tribuo.impl.ArrayExample;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one row into features, the same way in training and in serving: the only place that does.
 * <p>
 * Rows arrive in <em>canonical</em> form, one value per {@link FeaturizerSpec#inputs() input}: a {@code Double}
 * for numeric, integer, boolean (0/1) and datetime (epoch seconds, UTC) inputs, NaN when missing; a
 * {@code String} (or null when missing) for categorical inputs. Training builds canonical rows straight from
 * the typed table; the scorer builds them from raw text or JSON with {@link RawValueParser}.
 * <p>
 * Non-finite numbers count as missing. A category not seen in training switches on no level and is reported
 * in {@link FeatureVector#notes()}.
 */
public final class Featurizer {
    private final FeaturizerSpec spec;
    /** Feature names built once, so featurizing a row allocates no strings (scoring runs at 100k+ rows/s). */
    private final List<Map<String, String>> levelFeatureNames = new ArrayList<>();
    private final List<String[]> partFeatureNames = new ArrayList<>();
    private final List<String> missingFeatureNames = new ArrayList<>();

    /** @param spec the learned state */
    public Featurizer(FeaturizerSpec spec) {
        this.spec = spec;
        for (InputSpec in : spec.inputs()) {
            Map<String, String> levels = new HashMap<>();
            for (String level : in.levels()) {
                levels.put(level, FeatureNames.level(in.name(), level));
            }
            levelFeatureNames.add(levels);
            partFeatureNames.add(in.dateParts().stream()
                    .map(p -> FeatureNames.part(in.name(), p.suffix())).toArray(String[]::new));
            missingFeatureNames.add(FeatureNames.missing(in.name()));
        }
    }

    /** @return the learned state */
    public FeaturizerSpec spec() {
        return spec;
    }

    /**
     * @param canonical one value per input, in {@link FeaturizerSpec#inputs()} order
     * @return the row's features
     */
    public FeatureVector featurize(Object[] canonical) {
        List<InputSpec> inputs = spec.inputs();
        if (canonical.length != inputs.size()) {
            throw new IllegalArgumentException("Expected " + inputs.size() + " values, got " + canonical.length);
        }
        FeatureBuffer out = new FeatureBuffer(spec.featureNames().size() + 4);
        for (int i = 0; i < inputs.size(); i++) {
            InputSpec in = inputs.get(i);
            if (in.isCategorical()) {
                addCategorical(i, in, (String) canonical[i], out);
            } else {
                Object v = canonical[i];
                addNumeric(i, in, v == null ? Double.NaN : ((Number) v).doubleValue(), out);
            }
        }
        return out.toVector();
    }

    /**
     * Builds a Tribuo example from features.
     *
     * @param features the row's features
     * @param output   the known output (training) or the factory's unknown output (prediction)
     */
    public static <T extends Output<T>> Example<T> toExample(FeatureVector features, T output) {
        return new ArrayExample<>(output, features.names(), features.values());
    }

    private void addNumeric(int index, InputSpec in, double value, FeatureBuffer out) {
        boolean missing = !Double.isFinite(value);
        double v = filled(in, value);
        if (in.type() == io.modelwright.runtime.schema.ColumnType.DATETIME) {
            LocalDateTime t = dateTime(v);
            for (int p = 0; p < in.dateParts().size(); p++) {
                out.add(partFeatureNames.get(index)[p], part(in, p, t));
            }
        } else {
            out.add(in.name(), number(in, v));
        }
        if (in.missingIndicator()) {
            out.add(missingFeatureNames.get(index), missing ? 1 : 0);
        }
    }

    private void addCategorical(int index, InputSpec in, String level, FeatureBuffer out) {
        boolean missing = level == null;
        String effective = missing ? in.fillLevel() : level;
        if (effective != null) {
            String feature = levelFeatureNames.get(index).get(effective);
            if (feature != null) {
                out.add(feature, 1);
            } else {
                out.note(unseenNote(in, effective));
            }
        }
        if (in.missingIndicator()) {
            out.add(missingFeatureNames.get(index), missing ? 1 : 0);
        }
    }

    // The arithmetic below is shared with SortedFeaturizer, so both give the same features bit for bit.

    /** @return the value a numeric input goes on with: the value, or the training fill when not finite */
    static double filled(InputSpec in, double value) {
        return Double.isFinite(value) ? value : in.fillValue();
    }

    /** @return a (filled) number as a feature: standardized when the input says so */
    static double number(InputSpec in, double filled) {
        return in.standardize() ? (filled - in.mean()) / in.scale() : filled;
    }

    /** @return a (filled) datetime in epoch seconds as a UTC date-time */
    static LocalDateTime dateTime(double filled) {
        return LocalDateTime.ofEpochSecond((long) Math.floor(filled), 0, ZoneOffset.UTC);
    }

    /** @return date part {@code p} of the input as a feature: standardized when the input says so */
    static double part(InputSpec in, int p, LocalDateTime t) {
        double x = in.dateParts().get(p).of(t);
        if (in.standardize()) {
            x = (x - in.partMeans().get(p)) / in.partScales().get(p);
        }
        return x;
    }

    static String unseenNote(InputSpec in, String level) {
        return "Column '" + in.name() + "': the value '" + level
                + "' was not seen in training, so it counts as none of the known values.";
    }

    /** Growable parallel arrays, so a row costs two arrays rather than an object per feature. */
    private static final class FeatureBuffer {
        private String[] names;
        private double[] values;
        private int size;
        private List<String> notes = List.of();

        FeatureBuffer(int capacity) {
            names = new String[capacity];
            values = new double[capacity];
        }

        void add(String name, double value) {
            if (size == names.length) {
                names = java.util.Arrays.copyOf(names, size * 2);
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size] = value;
            size++;
        }

        void note(String note) {
            if (notes.isEmpty()) {
                notes = new ArrayList<>(2);
            }
            notes.add(note);
        }

        FeatureVector toVector() {
            return new FeatureVector(java.util.Arrays.copyOf(names, size), java.util.Arrays.copyOf(values, size),
                    notes);
        }
    }
}
