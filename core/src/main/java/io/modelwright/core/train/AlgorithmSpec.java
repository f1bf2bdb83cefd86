package io.modelwright.core.train;

import org.tribuo.Trainer;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * One trainable algorithm of the {@link AlgorithmCatalog}: what it is called, what it is good for, and how to
 * build a FRESH Tribuo trainer for one run (a trainer's random state advances on every {@code train()}).
 */
public final class AlgorithmSpec {
    private final String id;
    private final Task task;
    private final String displayName;
    private final String description;
    private final boolean probabilities;
    private final boolean onnxExportable;
    private final boolean needsNatives;
    private final boolean standardize;
    private final boolean slowOnLargeData;
    private final LongFunction<Trainer<?>> base;
    private final List<Binding> bindings;
    private volatile List<Hyperparameter> hyperparameters;

    private AlgorithmSpec(Builder b) {
        id = b.id;
        task = b.task;
        displayName = b.displayName;
        description = b.description;
        probabilities = b.probabilities;
        onnxExportable = b.onnx;
        needsNatives = b.natives;
        standardize = b.standardize;
        slowOnLargeData = b.slow;
        base = b.base;
        bindings = List.copyOf(b.bindings);
    }

    /** @return the kebab-case id, e.g. {@code random-forest} */
    public String id() { return id; }

    /** @return the task this entry trains for */
    public Task task() { return task; }

    /** @return the name shown to people */
    public String displayName() { return displayName; }

    /** @return one plain sentence on what it does, and which Tribuo implementation backs it */
    public String description() { return description; }

    /** @return true when its predictions carry class probabilities */
    public boolean givesProbabilities() { return probabilities; }

    /** @return true when Tribuo can export the model to ONNX */
    public boolean onnxExportable() { return onnxExportable; }

    /** @return true when it needs a native library (XGBoost: x86_64 only) */
    public boolean needsNatives() { return needsNatives; }

    /** @return true when numeric features should be standardized for it (linear, SVM, KNN, k-means) */
    public boolean standardizesFeatures() { return standardize; }

    /** @return true when training or prediction time grows fast with rows (warn on large data) */
    public boolean slowOnLargeData() { return slowOnLargeData; }

    /** @return the settings a person may change, with their defaults */
    public List<Hyperparameter> hyperparameters() {
        List<Hyperparameter> h = hyperparameters;
        if (h == null) {
            Trainer<?> defaults = base.apply(AlgorithmCatalog.DEFAULT_SEED);
            List<Hyperparameter> list = new ArrayList<>();
            for (Binding b : bindings) {
                list.add(b.describe(defaults));
            }
            h = List.copyOf(list);
            hyperparameters = h;
        }
        return h;
    }

    /** @return the named setting, or null */
    public Hyperparameter hyperparameter(String name) {
        return hyperparameters().stream().filter(h -> h.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * @param values setting name to value, as typed by a person
     * @return every problem in words (unknown names with the known ones, values out of range); empty when fine
     */
    public List<String> problems(Map<String, String> values) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            Hyperparameter h = hyperparameter(e.getKey());
            if (h == null) {
                out.add("The algorithm " + id + " has no setting '" + e.getKey() + "'. Its settings are: "
                        + (hyperparameters().isEmpty() ? "none" : String.join(", ", names())) + ".");
                continue;
            }
            try {
                h.parse(e.getValue());
            } catch (TrainingRequestException ex) {
                out.add(ex.getMessage());
            }
        }
        return out;
    }

    /** @return the setting names */
    public List<String> names() {
        return hyperparameters().stream().map(Hyperparameter::name).toList();
    }

    /** @return every setting's effective value (the person's, else the default), in catalog order */
    public Map<String, String> effectiveValues(Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Hyperparameter h : hyperparameters()) {
            String v = values.get(h.name());
            out.put(h.name(), v == null ? h.defaultValue() : String.valueOf(h.parse(v)));
        }
        return out;
    }

    /**
     * Builds a fresh trainer with the given settings and seed.
     *
     * @throws TrainingRequestException listing every invalid setting
     */
    public Trainer<?> createTrainer(Map<String, String> values, long seed) {
        List<String> problems = problems(values);
        if (!problems.isEmpty()) {
            throw new TrainingRequestException(problems);
        }
        Trainer<?> trainer = base.apply(seed);
        if (values.isEmpty()) {
            return trainer;
        }
        Set<Object> touched = new LinkedHashSet<>();
        for (Binding b : bindings) {
            String v = values.get(b.name());
            if (v != null) {
                touched.add(b.write(trainer, hyperparameter(b.name()).parse(v)));
            }
        }
        // Inner objects first (e.g. the tree inside a forest), then the trainer itself, as OLCUT does.
        for (Object o : touched) {
            if (o != trainer) {
                ConfigFields.postConfig(o);
            }
        }
        ConfigFields.postConfig(trainer);
        return trainer;
    }

    @Override
    public String toString() {
        return id;
    }

    /** Where a setting lives in the trainer. */
    sealed interface Binding permits FieldBinding, OverrideBinding {
        String name();

        Hyperparameter describe(Trainer<?> defaults);

        /** @return the object whose state changed, to be post-configured */
        Object write(Trainer<?> trainer, Object value);
    }

    /** A Tribuo {@code @Config} field, possibly nested ({@code innerTrainer.maxDepth}). */
    record FieldBinding(String name, String path, double min, double max) implements Binding {
        @Override
        public Hyperparameter describe(Trainer<?> defaults) {
            Object owner = ConfigFields.owner(defaults, path);
            Field f = ConfigFields.find(owner.getClass(), ConfigFields.leaf(path));
            Object value = ConfigFields.get(owner, f.getName());
            String dflt = value instanceof Enum<?> e ? e.name() : String.valueOf(value);
            return new Hyperparameter(name, ConfigFields.typeName(f.getType()), dflt, ConfigFields.description(f),
                    ConfigFields.mandatory(f), ConfigFields.allowedValues(f.getType()), min, max,
                    f.getDeclaringClass().getSimpleName() + "." + path);
        }

        @Override
        public Object write(Trainer<?> trainer, Object value) {
            Object owner = ConfigFields.owner(trainer, path);
            ConfigFields.set(owner, ConfigFields.leaf(path), value);
            return owner;
        }
    }

    /** A key of XGBoost's {@code overrideParameters} map (an {@code @Config} map passed straight to XGBoost). */
    record OverrideBinding(String name, String key, String javaType, String description, double min, double max)
            implements Binding {
        @Override
        public Hyperparameter describe(Trainer<?> defaults) {
            return new Hyperparameter(name, javaType, overrides(defaults).get(key), description, false, List.of(),
                    min, max, defaults.getClass().getSimpleName() + ".overrideParameters[" + key + "]");
        }

        @Override
        public Object write(Trainer<?> trainer, Object value) {
            overrides(trainer).put(key, String.valueOf(value));
            return trainer;
        }

        @SuppressWarnings("unchecked")
        private static Map<String, String> overrides(Trainer<?> trainer) {
            return (Map<String, String>) ConfigFields.get(trainer, "overrideParameters");
        }
    }

    static Builder builder(String id, Task task, String displayName, String description) {
        return new Builder(id, task, displayName, description);
    }

    static final class Builder {
        private final String id;
        private final Task task;
        private final String displayName;
        private final String description;
        private boolean probabilities;
        private boolean onnx;
        private boolean natives;
        private boolean standardize;
        private boolean slow;
        private LongFunction<Trainer<?>> base;
        private final List<Binding> bindings = new ArrayList<>();

        private Builder(String id, Task task, String displayName, String description) {
            this.id = id;
            this.task = task;
            this.displayName = displayName;
            this.description = description;
        }

        Builder probabilities() { probabilities = true; return this; }

        Builder onnx() { onnx = true; return this; }

        Builder natives() { natives = true; return this; }

        Builder standardize() { standardize = true; return this; }

        Builder slow() { slow = true; return this; }

        Builder trainer(LongFunction<Trainer<?>> factory) { base = factory; return this; }

        Builder field(String name, String path, double min, double max) {
            bindings.add(new FieldBinding(name, path, min, max));
            return this;
        }

        Builder field(String name, double min, double max) {
            return field(name, name, min, max);
        }

        Builder choice(String name, String path) {
            return field(name, path, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        }

        Builder override(String name, String key, String javaType, String description, double min, double max) {
            bindings.add(new OverrideBinding(name, key, javaType, description, min, max));
            return this;
        }

        AlgorithmSpec build() {
            return new AlgorithmSpec(this);
        }
    }
}
