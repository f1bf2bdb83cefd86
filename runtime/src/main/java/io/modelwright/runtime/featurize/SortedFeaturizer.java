package io.modelwright.runtime.featurize;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The features {@link Featurizer#featurize} gives a row, bit for bit, but read from a {@link CanonicalTable} and
 * listed in Tribuo's order (names sorted as strings, as {@code ArrayExample} sorts them). Training featurizes
 * every training row through this: no boxed row, no per-row sort of strings, names shared with the spec.
 * <p>
 * Every feature a row can produce gets a slot, its position in the sorted name list; a row's features are
 * gathered as (slot, value) pairs and put in slot order with an insertion sort of a few ints.
 * <p>
 * {@link #sharingNames} makes one whose rows with the same features get the same names array: a training set
 * keeps every row's names alive through training, and with a few categorical columns most rows share one of a
 * few dozen feature sets.
 */
public final class SortedFeaturizer {
    /**
     * At most this many distinct feature sets get a shared names array: when almost every row has its own set
     * (many categories, missing values in many columns), sharing saves nothing and the table must not grow with
     * the data.
     */
    private static final int MAX_SHARED_NAME_SETS = 4096;

    private final FeaturizerSpec spec;
    private final InputSpec[] inputs;
    private final String[] names;
    private final int[] numberSlot;
    private final int[][] partSlots;
    private final int[] missingSlot;
    private final List<Map<String, Integer>> levelSlots = new ArrayList<>();
    private final int maxFeatures;
    /** Names arrays by the slots they hold, when rows share them; else null. */
    private final Map<SlotSet, String[]> sharedNames;

    /** @param spec the learned state */
    public SortedFeaturizer(FeaturizerSpec spec) {
        this(spec, List.of());
    }

    /**
     * A featurizer whose vectors share one names array among all rows with the same features, instead of one
     * array per row: for building a training set, whose examples all live until training ends. Callers must
     * never modify a vector's {@link FeatureVector#names()}. Safe to use from several threads.
     *
     * @param spec the learned state
     * @return the featurizer
     */
    public static SortedFeaturizer sharingNames(FeaturizerSpec spec) {
        return new SortedFeaturizer(spec, List.of(), true);
    }

    /**
     * @param spec          the learned state
     * @param nameInstances feature names whose very String instances rows should carry, e.g. a model's feature
     *                      map: Tribuo looks every feature name up in hash maps, and {@code String.equals} with
     *                      the instance the map holds returns at once instead of comparing characters
     */
    public SortedFeaturizer(FeaturizerSpec spec, java.util.Collection<String> nameInstances) {
        this(spec, nameInstances, false);
    }

    private SortedFeaturizer(FeaturizerSpec spec, java.util.Collection<String> nameInstances, boolean shareNames) {
        this.spec = spec;
        this.sharedNames = shareNames ? new ConcurrentHashMap<>() : null;
        inputs = spec.inputs().toArray(InputSpec[]::new);
        TreeSet<String> all = new TreeSet<>();
        for (InputSpec in : inputs) {
            all.addAll(producible(in));
        }
        names = all.toArray(String[]::new);
        Map<String, String> instances = new HashMap<>();
        nameInstances.forEach(name -> instances.put(name, name));
        for (int i = 0; i < names.length; i++) {
            names[i] = instances.getOrDefault(names[i], names[i]);
        }
        Map<String, Integer> slot = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            slot.put(names[i], i);
        }
        numberSlot = new int[inputs.length];
        partSlots = new int[inputs.length][];
        missingSlot = new int[inputs.length];
        int max = 0;
        for (int i = 0; i < inputs.length; i++) {
            InputSpec in = inputs[i];
            Map<String, Integer> levels = new HashMap<>();
            for (String level : in.levels()) {
                levels.put(level, slot.get(FeatureNames.level(in.name(), level)));
            }
            levelSlots.add(levels);
            partSlots[i] = in.dateParts().stream().mapToInt(p -> slot.get(FeatureNames.part(in.name(), p.suffix())))
                    .toArray();
            numberSlot[i] = in.isCategorical() || in.type() == io.modelwright.runtime.schema.ColumnType.DATETIME
                    ? -1 : slot.get(in.name());
            missingSlot[i] = in.missingIndicator() ? slot.get(FeatureNames.missing(in.name())) : -1;
            max += (in.isCategorical() ? 1 : Math.max(1, partSlots[i].length)) + (in.missingIndicator() ? 1 : 0);
        }
        maxFeatures = max;
    }

    /** @return the learned state */
    public FeaturizerSpec spec() {
        return spec;
    }

    /**
     * @param table the rows, inputs numbered as in the spec
     * @param row   the row to featurize
     * @return the row's features, names sorted; the same names and values as {@link Featurizer#featurize}
     */
    public FeatureVector featurize(CanonicalTable table, int row) {
        int[] slots = new int[maxFeatures];
        double[] values = new double[maxFeatures];
        int n = 0;
        List<String> notes = List.of();
        for (int i = 0; i < inputs.length; i++) {
            InputSpec in = inputs[i];
            boolean missing;
            if (in.isCategorical()) {
                String level = table.level(i, row);
                missing = level == null;
                String effective = missing ? in.fillLevel() : level;
                if (effective != null) {
                    Integer s = levelSlots.get(i).get(effective);
                    if (s != null) {
                        slots[n] = s;
                        values[n++] = 1;
                    } else {
                        if (notes.isEmpty()) {
                            notes = new ArrayList<>(2);
                        }
                        notes.add(Featurizer.unseenNote(in, effective));
                    }
                }
            } else {
                double value = table.number(i, row);
                missing = !Double.isFinite(value);
                double v = Featurizer.filled(in, value);
                if (numberSlot[i] >= 0) {
                    slots[n] = numberSlot[i];
                    values[n++] = Featurizer.number(in, v);
                } else {
                    LocalDateTime t = Featurizer.dateTime(v);
                    for (int p = 0; p < partSlots[i].length; p++) {
                        slots[n] = partSlots[i][p];
                        values[n++] = Featurizer.part(in, p, t);
                    }
                }
            }
            if (missingSlot[i] >= 0) {
                slots[n] = missingSlot[i];
                values[n++] = missing ? 1 : 0;
            }
        }
        sortBySlot(slots, values, n);
        return new FeatureVector(names(slots, n), n == values.length ? values : Arrays.copyOf(values, n), notes);
    }

    /** @return the names of the first n slots: a new array, or the shared one for these slots */
    private String[] names(int[] slots, int n) {
        SlotSet key = sharedNames == null ? null : new SlotSet(slots, n);
        String[] rowNames = key == null ? null : sharedNames.get(key);
        if (rowNames != null) {
            return rowNames;
        }
        rowNames = new String[n];
        for (int k = 0; k < n; k++) {
            rowNames[k] = names[slots[k]];
        }
        if (key != null && sharedNames.size() < MAX_SHARED_NAME_SETS) {
            // The key keeps this row's slots array, which featurize() made for this row alone.
            String[] earlier = sharedNames.putIfAbsent(key, rowNames);
            return earlier == null ? rowNames : earlier;
        }
        return rowNames;
    }

    /** The first {@code n} of {@code slots}, compared by content. */
    private record SlotSet(int[] slots, int n) {
        @Override
        public boolean equals(Object o) {
            return o instanceof SlotSet other && Arrays.equals(slots, 0, n, other.slots, 0, other.n);
        }

        @Override
        public int hashCode() {
            int h = n;
            for (int k = 0; k < n; k++) {
                h = 31 * h + slots[k];
            }
            return h;
        }
    }

    /**
     * @param canonical rows in canonical form (see {@link Featurizer}), one value per input
     * @return each row's features, names sorted; the same names and values as {@link Featurizer#featurize}
     */
    public List<FeatureVector> featurize(List<Object[]> canonical) {
        int inputCount = inputs.length;
        CanonicalTable table = new CanonicalTable() {
            @Override
            public double number(int input, int row) {
                Object v = canonical.get(row)[input];
                return v == null ? Double.NaN : ((Number) v).doubleValue();
            }

            @Override
            public String level(int input, int row) {
                return (String) canonical.get(row)[input];
            }
        };
        List<FeatureVector> features = new ArrayList<>(canonical.size());
        for (int row = 0; row < canonical.size(); row++) {
            if (canonical.get(row).length != inputCount) {
                throw new IllegalArgumentException("Expected " + inputCount + " values, got "
                        + canonical.get(row).length);
            }
            features.add(featurize(table, row));
        }
        return features;
    }

    /** Insertion sort: a row's features arrive almost in order (inputs are usually few and named apart). */
    private static void sortBySlot(int[] slots, double[] values, int n) {
        for (int i = 1; i < n; i++) {
            int s = slots[i];
            double v = values[i];
            int j = i - 1;
            while (j >= 0 && slots[j] > s) {
                slots[j + 1] = slots[j];
                values[j + 1] = values[j];
                j--;
            }
            slots[j + 1] = s;
            values[j + 1] = v;
        }
    }

    private static List<String> producible(InputSpec in) {
        List<String> out = new ArrayList<>();
        if (in.isCategorical()) {
            in.levels().forEach(l -> out.add(FeatureNames.level(in.name(), l)));
        } else if (in.type() == io.modelwright.runtime.schema.ColumnType.DATETIME) {
            in.dateParts().forEach(p -> out.add(FeatureNames.part(in.name(), p.suffix())));
        } else {
            out.add(in.name());
        }
        if (in.missingIndicator()) {
            out.add(FeatureNames.missing(in.name()));
        }
        return out;
    }
}
