package io.modelwright.core.train;

import io.modelwright.core.data.CategoricalColumn;
import io.modelwright.core.data.Column;
import io.modelwright.core.data.NumericColumn;
import io.modelwright.runtime.schema.ColumnType;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** What a model learns to do. The lower-case {@link #id()} is used on the command line and in JSON. */
public enum Task {
    /** Predict one of a few labels (a category). */
    CLASSIFICATION,
    /** Predict a number. */
    REGRESSION,
    /** Group similar rows without a target. */
    CLUSTERING,
    /** Flag unusual rows. */
    ANOMALY;

    /** Integer targets with at most this many distinct values are treated as classes. */
    static final int MAX_CLASSES_FOR_INTEGER_TARGET = 10;

    /** @return the lower-case id: classification, regression, clustering or anomaly */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return true when the task needs a target column */
    public boolean needsTarget() {
        return this == CLASSIFICATION || this == REGRESSION;
    }

    /**
     * @param id a task id as typed by a person
     * @throws TrainingRequestException naming the valid ids
     */
    public static Task fromId(String id) {
        for (Task t : values()) {
            if (t.id().equalsIgnoreCase(id.trim())) {
                return t;
            }
        }
        throw new TrainingRequestException("Unknown task '" + id
                + "'. Use one of: classification, regression, clustering, anomaly.");
    }

    /**
     * Suggests a task from the target column: categories, booleans and whole numbers with few distinct values
     * are classes; other numbers are regression; no target means clustering.
     *
     * @param target the target column, or null
     */
    public static Task suggestFor(Column target) {
        if (target == null) {
            return CLUSTERING;
        }
        if (target instanceof CategoricalColumn) {
            return CLASSIFICATION;
        }
        ColumnType type = target.type();
        if (type == ColumnType.BOOLEAN) {
            return CLASSIFICATION;
        }
        if (type == ColumnType.INTEGER && target instanceof NumericColumn n && distinct(n) <= MAX_CLASSES_FOR_INTEGER_TARGET) {
            return CLASSIFICATION;
        }
        return REGRESSION;
    }

    private static int distinct(NumericColumn n) {
        Set<Double> seen = new HashSet<>();
        for (double v : n.values()) {
            if (!Double.isNaN(v) && seen.add(v) && seen.size() > MAX_CLASSES_FOR_INTEGER_TARGET) {
                break;
            }
        }
        return seen.size();
    }
}
