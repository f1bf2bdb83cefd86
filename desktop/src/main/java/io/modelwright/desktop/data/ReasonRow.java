package io.modelwright.desktop.data;

import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A column-list row that explains the column's type on hover. The tooltip is made when the pointer first
 * enters the row: every tooltip is a popup window, and making one per row up front slowed the Data screen.
 */
final class ReasonRow extends TableRow<ColumnSummary> {
    ReasonRow() {
        addEventHandler(MouseEvent.MOUSE_ENTERED, event -> updateTooltip());
    }

    @Override
    protected void updateItem(ColumnSummary summary, boolean empty) {
        super.updateItem(summary, empty);
        if (getTooltip() != null) {
            updateTooltip();
        }
    }

    private void updateTooltip() {
        ColumnSummary summary = getItem();
        String reason = isEmpty() || summary == null ? "" : summary.reason();
        if (reason.isEmpty()) {
            setTooltip(null);
        } else if (getTooltip() == null) {
            setTooltip(new Tooltip(reason));
        } else {
            getTooltip().setText(reason);
        }
    }
}
