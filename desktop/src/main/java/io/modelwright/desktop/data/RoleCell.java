package io.modelwright.desktop.data;

import javafx.scene.control.TableCell;
import javafx.scene.input.MouseButton;

/** A column-list cell that shows the column's role; a click opens the shared {@link RoleMenu} to change it. */
final class RoleCell extends TableCell<ColumnSummary, ColumnRole> {
    static final String OPENS_MENU = " ▾";

    RoleCell(RoleMenu menu) {
        getStyleClass().add("role-cell");
        setOnMouseClicked(event -> {
            ColumnSummary summary = getTableRow() == null ? null : getTableRow().getItem();
            if (event.getButton() == MouseButton.PRIMARY && !isEmpty() && summary != null) {
                menu.showFor(summary.name(), this);
            }
        });
    }

    @Override
    protected void updateItem(ColumnRole role, boolean empty) {
        super.updateItem(role, empty);
        setText(empty || role == null ? null : role + OPENS_MENU);
    }
}
