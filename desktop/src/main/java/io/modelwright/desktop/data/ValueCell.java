package io.modelwright.desktop.data;

import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;

/** A table cell that shows a missing value as a muted dash, so gaps in the data are easy to spot. */
final class ValueCell extends TableCell<Integer, String> {
    static final String MISSING_MARK = "—";
    private static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        boolean missing = !empty && text != null && text.isEmpty();
        pseudoClassStateChanged(MISSING, missing);
        setText(empty || text == null ? null : missing ? MISSING_MARK : text);
    }
}
