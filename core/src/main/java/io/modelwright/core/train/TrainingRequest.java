package io.modelwright.core.train;

import io.modelwright.core.data.CategoricalColumn;
import io.modelwright.core.data.Column;
import io.modelwright.core.data.DataTable;
import io.modelwright.runtime.schema.ColumnType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything needed to train and validate one model, checked as a whole. Built by {@link Builder}, which the
 * desktop form and the command line both fill; {@link Builder#build()} returns a valid request or throws a
 * {@link TrainingRequestException} listing every problem.
 */
public final class TrainingRequest {
    private final DataTable table;
    private final String target;
    private final Task task;
    private final AlgorithmSpec algorithm;
    private final Map<String, String> hyperparameters;
    private final long seed;
    private final ValidationScheme validation;
    private final boolean stratify;
    private final List<String> ignoredColumns;
    private final Map<String, ColumnType> typeOverrides;
    private final boolean finalModel;
    private final List<String> featureColumns;

    private TrainingRequest(Builder b, Task task, AlgorithmSpec algorithm, List<String> featureColumns) {
        this.table = b.table;
        this.target = b.target;
        this.task = task;
        this.algorithm = algorithm;
        this.hyperparameters = Map.copyOf(b.hyperparameters);
        this.seed = b.seed;
        this.validation = b.validation;
        this.stratify = b.stratify == null ? task == Task.CLASSIFICATION : b.stratify && task == Task.CLASSIFICATION;
        this.ignoredColumns = List.copyOf(b.ignored);
        this.typeOverrides = Map.copyOf(b.typeOverrides);
        this.finalModel = b.finalModel;
        this.featureColumns = List.copyOf(featureColumns);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's settings, to change a few */
    public Builder toBuilder() {
        Builder b = new Builder().table(table).target(target).task(task).algorithm(algorithm.id())
                .hyperparameters(hyperparameters).seed(seed).validation(validation).ignore(ignoredColumns)
                .finalModel(finalModel);
        b.stratify = stratify;
        b.typeOverrides.putAll(typeOverrides);
        b.featureColumns = featureColumns;
        return b;
    }

    /** @return the data */
    public DataTable table() { return table; }

    /** @return the target column name, or null (clustering, anomaly) */
    public String target() { return target; }

    /** @return the task (as given, or suggested from the target) */
    public Task task() { return task; }

    /** @return the algorithm */
    public AlgorithmSpec algorithm() { return algorithm; }

    /** @return the settings the person changed (name to value as typed) */
    public Map<String, String> hyperparameters() { return hyperparameters; }

    /** @return the seed of every random choice (splits, trainers) */
    public long seed() { return seed; }

    /** @return how the model is scored */
    public ValidationScheme validation() { return validation; }

    /** @return true when splits keep class proportions (classification) */
    public boolean stratify() { return stratify; }

    /** @return columns the person left out */
    public List<String> ignoredColumns() { return ignoredColumns; }

    /** @return column types the person chose (applied at import; carried for the record) */
    public Map<String, ColumnType> typeOverrides() { return typeOverrides; }

    /** @return true to train a final model on all rows after validation */
    public boolean finalModel() { return finalModel; }

    /** @return the feature columns, in order */
    public List<String> featureColumns() { return featureColumns; }

    /** Fills a {@link TrainingRequest}; every setter returns the builder. */
    public static final class Builder {
        private DataTable table;
        private String target;
        private Task task;
        private String algorithm;
        private final Map<String, String> hyperparameters = new LinkedHashMap<>();
        private long seed = AlgorithmCatalog.DEFAULT_SEED;
        private ValidationScheme validation = ValidationScheme.defaultScheme();
        private Boolean stratify;
        private final Set<String> ignored = new LinkedHashSet<>();
        private final Map<String, ColumnType> typeOverrides = new LinkedHashMap<>();
        private boolean finalModel = true;
        private List<String> featureColumns;
        private Column countedColumn;
        private Map<String, Integer> countedClasses;

        private Builder() {
        }

        /** @param table the data to learn from */
        public Builder table(DataTable table) { this.table = table; return this; }

        /** @param target the column to predict; null or blank for none */
        public Builder target(String target) {
            this.target = target == null || target.isBlank() ? null : target.trim();
            return this;
        }

        /** @param task the task; null to suggest it from the target */
        public Builder task(Task task) { this.task = task; return this; }

        /** @param id an {@link AlgorithmCatalog} id; null for the task's default */
        public Builder algorithm(String id) { this.algorithm = id == null || id.isBlank() ? null : id.trim(); return this; }

        /** Sets one algorithm setting, as typed ({@code maxDepth}, {@code "4"}); checked by {@link #build()}. */
        public Builder set(String name, String value) { hyperparameters.put(name.trim(), value); return this; }

        /** Sets several algorithm settings at once. */
        public Builder hyperparameters(Map<String, String> values) { hyperparameters.putAll(values); return this; }

        /** Forgets every setting given so far (e.g. before switching algorithm). */
        public Builder clearHyperparameters() { hyperparameters.clear(); return this; }

        /** @param seed the seed of splits and trainers (default 42) */
        public Builder seed(long seed) { this.seed = seed; return this; }

        /** @param validation how to score (default 5-fold cross-validation) */
        public Builder validation(ValidationScheme validation) { this.validation = validation; return this; }

        /** @param stratify keep class proportions in every split (default on; classification only) */
        public Builder stratify(boolean stratify) { this.stratify = stratify; return this; }

        /** @param columns columns to leave out of the features */
        public Builder ignore(java.util.Collection<String> columns) {
            columns.stream().map(String::trim).filter(s -> !s.isEmpty()).forEach(ignored::add);
            return this;
        }

        /** Records a type the person chose for a column (applied at import). */
        public Builder typeOverride(String column, ColumnType type) { typeOverrides.put(column, type); return this; }

        /** @param finalModel train a final model on all rows after validation (default true) */
        public Builder finalModel(boolean finalModel) { this.finalModel = finalModel; return this; }

        /** @param columns explicit feature columns; null for the default choice */
        public Builder featureColumns(List<String> columns) { this.featureColumns = columns; return this; }

        /**
         * @return the checked request
         * @throws TrainingRequestException listing every problem found
         */
        public TrainingRequest build() {
            List<String> problems = new ArrayList<>();
            if (table == null) {
                throw new TrainingRequestException("There is no data to train on: load a CSV file first.");
            }
            Column targetColumn = null;
            if (target != null) {
                targetColumn = table.find(target).orElse(null);
                if (targetColumn == null) {
                    problems.add("There is no column named '" + target + "' to use as the target. The columns are: "
                            + String.join(", ", table.columnNames()) + ".");
                }
            }
            Task effectiveTask = task != null ? task : Task.suggestFor(targetColumn);
            if (effectiveTask.needsTarget() && target == null) {
                problems.add(cap(effectiveTask.id()) + " needs a target column: say which column to predict (--target COLUMN).");
            }
            if (targetColumn != null) {
                checkTarget(targetColumn, effectiveTask, problems);
            }
            AlgorithmSpec spec = null;
            try {
                spec = algorithm == null ? AlgorithmCatalog.defaultFor(effectiveTask)
                        : AlgorithmCatalog.find(effectiveTask, algorithm);
                problems.addAll(spec.problems(hyperparameters));
                if (!NativeSupport.canRun(spec)) {
                    problems.add(spec.displayName() + " needs XGBoost's native library, which does not run on this"
                            + " processor (" + System.getProperty("os.arch") + "). Choose another algorithm, e.g. "
                            + "extra-trees or logistic-regression.");
                }
            } catch (TrainingRequestException e) {
                problems.add(e.getMessage());
            }
            for (String c : ignored) {
                if (table.find(c).isEmpty()) {
                    problems.add("Cannot ignore '" + c + "': there is no such column. The columns are: "
                            + String.join(", ", table.columnNames()) + ".");
                }
            }
            for (String c : typeOverrides.keySet()) {
                if (table.find(c).isEmpty()) {
                    problems.add("Cannot set the type of '" + c + "': there is no such column.");
                }
            }
            List<String> features = featureColumns != null ? featureColumns
                    : FeaturizerFitter.defaultFeatureColumns(table, target, ignored);
            for (String c : features) {
                if (table.find(c).isEmpty()) {
                    problems.add("The feature column '" + c + "' does not exist.");
                }
            }
            if (features.isEmpty()) {
                problems.add("No column is left to learn from: every column is the target, ignored, or of a type that"
                        + " is not used (text, identifier, constant, empty). Change a column's type or ignore fewer.");
            }
            if (problems.isEmpty()) {
                checkFolds(targetColumn, effectiveTask, problems);
            }
            if (!problems.isEmpty()) {
                throw new TrainingRequestException(problems);
            }
            return new TrainingRequest(this, effectiveTask, spec, features);
        }

        private void checkTarget(Column c, Task t, List<String> problems) {
            if (c.missingCount() == c.size()) {
                problems.add("The target column '" + c.name() + "' has no values: every cell is empty or missing."
                        + " Choose another target.");
                return;
            }
            if (t == Task.REGRESSION && c instanceof CategoricalColumn) {
                problems.add("Regression predicts a number, but the target '" + c.name() + "' holds text ("
                        + c.type().id() + "). Use classification, or choose a numeric target.");
            }
            if (t == Task.CLASSIFICATION) {
                Map<String, Integer> counts = classCounts(c);
                if (counts.size() < 2) {
                    problems.add("The target column '" + c.name() + "' has only one value ('"
                            + counts.keySet().iterator().next() + "'): there is nothing to tell apart."
                            + " Choose a target with at least two values.");
                }
            }
        }

        private void checkFolds(Column targetColumn, Task t, List<String> problems) {
            int usable = targetColumn == null ? table.rowCount() : targetColumn.size() - targetColumn.missingCount();
            int k = validation.splits();
            int needed = validation.isCrossValidation() ? Math.max(k, 2) : 2;
            if (usable < needed) {
                problems.add("Only " + usable + " rows " + (targetColumn == null ? "" : "have a target value")
                        + ", but " + validation + " needs at least " + needed + ". Add rows or use fewer folds.");
                return;
            }
            boolean strat = (stratify == null || stratify) && t == Task.CLASSIFICATION && targetColumn != null;
            if (!strat) {
                return;
            }
            for (Map.Entry<String, Integer> e : classCounts(targetColumn).entrySet()) {
                if (validation.isCrossValidation() && e.getValue() < k) {
                    problems.add("The class '" + e.getKey() + "' of '" + targetColumn.name() + "' has only "
                            + e.getValue() + " row" + (e.getValue() == 1 ? "" : "s") + ", fewer than the " + k
                            + " folds, so some folds would have none of it. Use fewer folds (e.g. --validation cv:"
                            + Math.max(2, e.getValue()) + "), a hold-out split, or remove that class.");
                } else if (!validation.isCrossValidation() && e.getValue() < 2) {
                    problems.add("The class '" + e.getKey() + "' of '" + targetColumn.name()
                            + "' has only 1 row, so it cannot be both trained on and tested. Remove that class or"
                            + " turn off stratification.");
                }
            }
        }

        /** Counted once per build: the target and the folds checks both need them. */
        private Map<String, Integer> classCounts(Column c) {
            if (countedColumn != c) {
                countedClasses = ClassCounts.of(c);
                countedColumn = c;
            }
            return countedClasses;
        }

        private static String cap(String s) {
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }
}
