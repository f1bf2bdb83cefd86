package io.modelwright.desktop.train;

import io.modelwright.core.train.AlgorithmSpec;
import javafx.collections.ObservableSet;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** An algorithm in the picker: a tick box for Compare, the name, and one plain sentence on what it does. */
final class AlgorithmCell extends ListCell<AlgorithmSpec> {
    private final ObservableSet<AlgorithmSpec> ticked;
    private final CheckBox tick = new CheckBox();
    private final Label name = new Label();
    private final Label description = new Label();
    private final HBox content;

    AlgorithmCell(ObservableSet<AlgorithmSpec> ticked) {
        this.ticked = ticked;
        name.getStyleClass().add("algorithm-name");
        name.setWrapText(true);
        description.getStyleClass().add("algorithm-description");
        description.setWrapText(true);
        tick.setFocusTraversable(false);
        tick.setOnAction(event -> toggle());
        VBox text = new VBox(name, description);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        text.setPrefWidth(1);
        content = new HBox(tick, text);
        content.getStyleClass().add("algorithm-cell");
    }

    private void toggle() {
        AlgorithmSpec spec = getItem();
        if (spec != null && !ticked.remove(spec)) {
            ticked.add(spec);
        }
    }

    @Override
    protected void updateItem(AlgorithmSpec spec, boolean empty) {
        super.updateItem(spec, empty);
        if (empty || spec == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        name.setText(spec.displayName());
        description.setText(plainPart(spec.description()));
        tick.setSelected(ticked.contains(spec));
        setTooltip(new Tooltip(spec.description()));
        setGraphic(content);
    }

    /** The catalog's sentence without the Tribuo detail in brackets, which the tooltip keeps. */
    static String plainPart(String description) {
        int bracket = description.indexOf(" (Tribuo");
        int xgb = description.indexOf(" (XGBoost");
        int cut = bracket >= 0 ? bracket : xgb;
        return cut > 0 ? description.substring(0, cut) : description;
    }
}
