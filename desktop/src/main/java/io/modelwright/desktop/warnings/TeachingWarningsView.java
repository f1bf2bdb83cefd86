package io.modelwright.desktop.warnings;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Shows teaching warnings as one wrapped line each, in the warnings style. */
public final class TeachingWarningsView {
    private TeachingWarningsView() {
    }

    public static void show(ObservableList<String> warnings, VBox box) {
        Runnable fill = () -> box.getChildren().setAll(warnings.stream().map(text -> {
            Label label = new Label(text);
            label.setWrapText(true);
            label.getStyleClass().add("warning");
            return label;
        }).toList());
        warnings.addListener((ListChangeListener<String>) change -> fill.run());
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(warnings));
        box.managedProperty().bind(box.visibleProperty());
        fill.run();
    }
}
