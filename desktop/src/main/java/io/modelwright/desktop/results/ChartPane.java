package io.modelwright.desktop.results;

import io.modelwright.desktop.common.ErrorSink;
import io.modelwright.desktop.common.PngSnapshot;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;

import java.io.File;
import java.io.IOException;

/** A chart with a one-line explanation above it and a "Save PNG" button that saves exactly what is shown. */
final class ChartPane extends BorderPane {

    ChartPane(Node chart, String explanation, String fileName, ErrorSink errors) {
        getStyleClass().add("chart-pane");
        Label hint = new Label(explanation);
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinWidth(0);
        HBox.setHgrow(hint, Priority.ALWAYS);
        Button save = new Button("Save _PNG…");
        save.getStyleClass().add("save-png");
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setOnAction(event -> choose(fileName).ifPresent(file -> {
            try {
                PngSnapshot.save(chart, file.toPath());
            } catch (IOException e) {
                errors.show(e);
            }
        }));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        HBox bar = new HBox(hint, spacer, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("chart-toolbar");
        setTop(bar);
        setCenter(chart);
    }

    private java.util.Optional<File> choose(String fileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save chart as PNG");
        chooser.setInitialFileName(fileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        return java.util.Optional.ofNullable(chooser.showSaveDialog(getScene().getWindow()));
    }
}
