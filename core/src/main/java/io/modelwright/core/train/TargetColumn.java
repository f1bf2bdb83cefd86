package io.modelwright.core.train;

import io.modelwright.core.data.CategoricalColumn;
import io.modelwright.core.data.Column;
import io.modelwright.core.data.NumericColumn;
import org.tribuo.Output;
import org.tribuo.anomaly.Event;
import org.tribuo.classification.Label;
import org.tribuo.clustering.ClusterID;
import org.tribuo.regression.Regressor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The target of a training run, turned into Tribuo outputs: the cell's text becomes a {@code Label}, a number a
 * {@code Regressor}; clustering and anomaly detection learn without one (an anomaly target with two values is
 * kept for evaluation, the rarer value meaning "anomalous"). Rows with a missing target are dropped.
 * <p>
 * Outputs are immutable, so rows of the same class share one {@code Label} (and clustering and anomaly rows one
 * placeholder): a training set keeps an output per example alive through the whole of {@code train()}, and a
 * fresh {@code Label} and text per row were a quarter of the objects the garbage collector had to copy there.
 */
public final class TargetColumn {
    private static final ClusterID UNASSIGNED = new ClusterID(ClusterID.UNASSIGNED);
    private static final Event EXPECTED = new Event(Event.EventType.EXPECTED);

    private final Task task;
    private final Column column;
    private final List<String> classes;
    private final String anomalousValue;
    /** Classification on a categorical column: the label of each level code. */
    private final Label[] labelByCode;
    /** Classification on any other column: labels by cell value (a Double for numbers), made on first use. */
    private final Map<Object, Label> labelByValue = new ConcurrentHashMap<>();

    /** @param column the target column, or null for clustering/anomaly without one */
    public TargetColumn(Task task, Column column) {
        this.task = task;
        this.column = column;
        Map<String, Integer> counts = column == null ? Map.of() : ClassCounts.of(column);
        this.classes = List.copyOf(counts.keySet());
        String rarer = null;
        if (task == Task.ANOMALY && counts.size() == 2) {
            rarer = counts.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
        this.anomalousValue = rarer;
        this.labelByCode = task == Task.CLASSIFICATION && column instanceof CategoricalColumn c
                ? c.levels().stream().map(Label::new).toArray(Label[]::new) : null;
    }

    /** @return the task */
    public Task task() { return task; }

    /** @return the target column, or null */
    public Column column() { return column; }

    /** @return the column name, or null */
    public String name() { return column == null ? null : column.name(); }

    /** @return the distinct target texts, sorted (the classes, for classification) */
    public List<String> classes() { return classes; }

    /** @return for anomaly detection with a two-valued target, the value that means "anomalous"; else null */
    public String anomalousValue() { return anomalousValue; }

    /** @return the rows whose target is present (all rows when there is no target) */
    public int[] usableRows(int rowCount) {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            if (column == null || (!column.isMissing(r)
                    && (!(column instanceof NumericColumn nc) || Double.isFinite(nc.value(r))))) {
                rows.add(r);
            }
        }
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * @return the training output of a row; for classification the same {@code Label} instance for every row
     *         of a class
     */
    public Output<?> output(int row) {
        return switch (task) {
            case CLASSIFICATION -> label(row);
            case REGRESSION -> new Regressor(column.name(), ((NumericColumn) column).value(row));
            case CLUSTERING -> UNASSIGNED;
            case ANOMALY -> EXPECTED;
        };
    }

    private Label label(int row) {
        if (labelByCode != null) {
            int code = ((CategoricalColumn) column).codes()[row];
            if (code >= 0) {
                return labelByCode[code];
            }
        }
        // A number's text depends on its value alone, so the value keys the label without formatting it per row.
        Object value = column instanceof NumericColumn n ? (Object) n.value(row) : column.text(row);
        return labelByValue.computeIfAbsent(value, v -> new Label(column.text(row)));
    }

    /** @return the truth as text for evaluation (the label; for anomaly EXPECTED/ANOMALOUS), or null */
    public String truthText(int row) {
        if (column == null || column.isMissing(row)) {
            return null;
        }
        if (task == Task.ANOMALY) {
            return anomalousValue == null ? null
                    : column.text(row).equals(anomalousValue) ? Event.EventType.ANOMALOUS.name()
                    : Event.EventType.EXPECTED.name();
        }
        return column.text(row);
    }

    /** @return the numeric truth (regression), NaN otherwise */
    public double truthValue(int row) {
        return column instanceof NumericColumn n ? n.value(row) : Double.NaN;
    }
}
