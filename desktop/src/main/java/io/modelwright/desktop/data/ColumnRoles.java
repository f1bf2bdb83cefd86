package io.modelwright.desktop.data;

import io.modelwright.core.data.DataTable;
import io.modelwright.core.train.Task;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import java.util.List;

/**
 * The role of every column (feature, target, ignore) and the task the target suggests. At most one column is
 * the target; choosing another target makes the old one a feature again. The Train screen reads this.
 */
public final class ColumnRoles {
    private final DataTable table;
    private final ObservableMap<String, ColumnRole> roles = FXCollections.observableHashMap();
    private final StringProperty target = new SimpleStringProperty();
    private final ObjectProperty<Task> suggestedTask = new SimpleObjectProperty<>(Task.suggestFor(null));

    public ColumnRoles(DataTable table) {
        this.table = table;
        table.columnNames().forEach(name -> roles.put(name, ColumnRole.FEATURE));
        target.addListener((observable, old, chosen) -> targetChanged(old, chosen));
    }

    private void targetChanged(String old, String chosen) {
        if (old != null && roles.get(old) == ColumnRole.TARGET) {
            roles.put(old, ColumnRole.FEATURE);
        }
        if (chosen != null) {
            roles.put(chosen, ColumnRole.TARGET);
        }
        suggestedTask.set(Task.suggestFor(chosen == null ? null : table.find(chosen).orElse(null)));
    }

    /** Sets a column's role; making a column the target moves the target there. */
    public void setRole(String column, ColumnRole role) {
        if (role == ColumnRole.TARGET) {
            target.set(column);
            return;
        }
        if (column.equals(target.get())) {
            target.set(null);
        }
        roles.put(column, role);
    }

    public ColumnRole roleOf(String column) {
        return roles.getOrDefault(column, ColumnRole.FEATURE);
    }

    /** @return every column's role, observable so the column list can follow changes */
    public ObservableMap<String, ColumnRole> roles() {
        return roles;
    }

    /** @return the target column's name, or null when none is chosen */
    public StringProperty targetProperty() {
        return target;
    }

    /** @return the task the current target suggests (clustering without a target) */
    public ReadOnlyObjectProperty<Task> suggestedTaskProperty() {
        return suggestedTask;
    }

    /** @return the columns set to "ignore", in table order */
    public List<String> ignoredColumns() {
        return table.columnNames().stream().filter(name -> roleOf(name) == ColumnRole.IGNORE).toList();
    }

    /** @return the column names, in table order, for the target picker */
    public List<String> columnNames() {
        return table.columnNames();
    }

    public DataTable table() {
        return table;
    }
}
