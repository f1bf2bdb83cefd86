package io.modelwright.desktop.data;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableCell;

/** A column-list cell with a choice of role (feature / target / ignore) that writes straight to the roles. */
final class RoleCell extends TableCell<ColumnSummary, ColumnRole> {
    private final ColumnRoles roles;
    private final ChoiceBox<ColumnRole> choice = new ChoiceBox<>();
    private boolean updating;

    RoleCell(ColumnRoles roles) {
        this.roles = roles;
        choice.getItems().setAll(ColumnRole.values());
        choice.getStyleClass().add("role-choice");
        choice.valueProperty().addListener((observable, old, role) -> {
            ColumnSummary summary = getTableRow() == null ? null : getTableRow().getItem();
            if (!updating && role != null && summary != null) {
                roles.setRole(summary.name(), role);
            }
        });
    }

    @Override
    protected void updateItem(ColumnRole role, boolean empty) {
        super.updateItem(role, empty);
        if (empty || role == null) {
            setGraphic(null);
            return;
        }
        updating = true;
        choice.setValue(role);
        updating = false;
        setGraphic(choice);
    }
}
