package io.modelwright.desktop.data;

import io.modelwright.desktop.common.FrameByFrame;
import io.modelwright.desktop.common.Fxml;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The Data screen: the rows in a grid that draws only what is in view, the column list (type and missing share,
 * with the reason for the type on hover), the import warnings and a status line.
 */
public final class DataView {
    private final DataViewModel viewModel;
    private final BorderPane root;
    private final TargetPicker targetPicker;
    private List<Runnable> steps;
    private boolean stepsStarted;

    @FXML private HBox header;
    @FXML private SplitPane dataSplit;
    @FXML private VBox sidePanel;
    @FXML private Label fileNameLabel;
    @FXML private Label shapeLabel;
    @FXML private VBox rowsBox;
    @FXML private VBox columnsBox;
    @FXML private Label targetLabel;
    @FXML private Label taskSuggestionLabel;
    @FXML private ScrollPane warningsScroll;
    @FXML private VBox warningsBox;
    @FXML private Label statusLine;

    public DataView(DataViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Fxml.load(this);
        this.targetPicker = new TargetPicker(viewModel.roles());
        targetPicker.setId("targetPicker");
        bind();
    }

    /** Fills and binds the controls FXML created; runs once, right after loading. */
    private void bind() {
        fileNameLabel.setText(viewModel.fileName());
        shapeLabel.setText(viewModel.shapeText());
        statusLine.setText(viewModel.statusText());
        bindTargetPicker();
        showInSteps();
    }

    /**
     * Shows the heading first, then the rows, the column list, the warnings and the target picker, each in a frame
     * of its own, starting when the screen joins a window. Styling and laying out the whole screen in one frame
     * held the JavaFX thread for 150-190 ms the first time a file opened, most of it matching CSS for controls
     * seen for the first time (bench/run-ui.sh -Dui.gaps). The screen is often built off the JavaFX thread,
     * while its file loads, so it waits for its window before showing anything.
     */
    private void showInSteps() {
        double dividerPosition = dataSplit.getDividerPositions()[0];
        dataSplit.getItems().remove(sidePanel);
        int warningsIndex = sidePanel.getChildren().indexOf(warningsScroll);
        sidePanel.getChildren().remove(warningsScroll);
        steps = List.of(this::showRows, () -> {
            showColumnList();
            dataSplit.getItems().add(sidePanel);
            dataSplit.setDividerPositions(dividerPosition);
        }, () -> {
            showWarnings();
            sidePanel.getChildren().add(warningsIndex, warningsScroll);
        }, () -> header.getChildren().add(header.getChildren().indexOf(targetLabel) + 1, targetPicker));
        root.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> observable, Scene old, Scene scene) {
                root.sceneProperty().removeListener(this);
                if (Platform.isFxApplicationThread()) {
                    startSteps();
                } else {
                    Platform.runLater(DataView.this::startSteps);
                }
            }
        });
    }

    private void startSteps() {
        if (!stepsStarted) {
            stepsStarted = true;
            FrameByFrame.run(steps);
        }
    }

    /**
     * Shows every part at once, on the calling thread, if the screen has not joined a window yet: the start-up
     * warm-up builds a whole screen this way, off the JavaFX thread, to load the classes of its parts early.
     */
    public void showAllNow() {
        if (!stepsStarted) {
            stepsStarted = true;
            steps.forEach(Runnable::run);
        }
    }

    private void showRows() {
        RowsGrid rows = new RowsGrid(viewModel.rows());
        rows.setId("rowsGrid");
        VBox.setVgrow(rows, Priority.ALWAYS);
        rowsBox.getChildren().add(rows);
    }

    private void bindTargetPicker() {
        ColumnRoles roles = viewModel.roles();
        targetLabel.setLabelFor(targetPicker);
        taskSuggestionLabel.textProperty().bind(Bindings.createStringBinding(viewModel::taskSuggestionText,
                roles.targetProperty(), roles.suggestedTaskProperty()));
    }

    /**
     * The column list: a grid like the rows', one line per column of the file. Hovering a line explains the
     * column's type; clicking its role, or Enter/Space/the menu key on the selected line, opens the role menu.
     */
    private void showColumnList() {
        ColumnRoles roles = viewModel.roles();
        ColumnListSource source = new ColumnListSource(viewModel.columnSummaries(), roles);
        RowsGrid columns = new RowsGrid(source);
        columns.setId("columnsGrid");
        columns.getStyleClass().add("columns-grid");
        columns.setRowNumbers(false);
        columns.setStretchedColumn(ColumnListSource.NAME);
        columns.setRowTooltip(row -> source.summary(row).reason());
        RoleMenu menu = new RoleMenu(roles);
        columns.setOnActivate((row, column, anchor) -> {
            if (column == ColumnListSource.ROLE || column < 0) {
                menu.showFor(source.summary(row).name(), columns, anchor);
            }
        });
        roles.roles().addListener((MapChangeListener<String, ColumnRole>) change -> columns.refresh());
        VBox.setVgrow(columns, Priority.ALWAYS);
        columnsBox.getChildren().add(columns);
    }

    private void showWarnings() {
        if (viewModel.warnings().isEmpty()) {
            Label none = new Label("No warnings: nothing unusual was found in this file.");
            none.getStyleClass().add("no-warnings");
            none.setWrapText(true);
            warningsBox.getChildren().add(none);
            return;
        }
        for (String warning : viewModel.warnings()) {
            Label label = new Label(warning);
            label.getStyleClass().add("warning");
            label.setWrapText(true);
            warningsBox.getChildren().add(label);
        }
    }

    public BorderPane root() {
        return root;
    }
}
