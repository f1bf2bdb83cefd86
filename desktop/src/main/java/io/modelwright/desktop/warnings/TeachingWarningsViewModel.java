package io.modelwright.desktop.warnings;

import io.modelwright.core.train.Task;
import io.modelwright.desktop.data.ColumnRoles;
import io.modelwright.desktop.train.TrainingSettings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Keeps the Train screen's teaching warnings in step with the target, the ignored columns and the validation. */
public final class TeachingWarningsViewModel {
    private final ColumnRoles roles;
    private final TrainingSettings settings;
    private final ObjectProperty<Task> task;
    private final ObservableList<String> warnings = FXCollections.observableArrayList();

    public TeachingWarningsViewModel(ColumnRoles roles, TrainingSettings settings, ObjectProperty<Task> task) {
        this.roles = roles;
        this.settings = settings;
        this.task = task;
        roles.targetProperty().addListener((o, old, now) -> update());
        roles.roles().addListener((javafx.collections.MapChangeListener<String, io.modelwright.desktop.data.ColumnRole>)
                change -> update());
        settings.crossValidationProperty().addListener((o, old, now) -> update());
        settings.foldsProperty().addListener((o, old, now) -> update());
        task.addListener((o, old, now) -> update());
        update();
    }

    private void update() {
        String target = roles.targetProperty().get();
        warnings.setAll(TeachingWarnings.forTraining(roles.table(), target, task.get(), roles.ignoredColumns(),
                settings.validation()));
    }

    public ObservableList<String> warnings() {
        return warnings;
    }
}
