package io.modelwright.desktop.batch;

import io.modelwright.desktop.common.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;

import java.io.File;

/** Score a CSV file: pick it, score it, look at the first lines. */
public final class BatchView {
    private final BatchViewModel viewModel;
    private final Parent root;

    @FXML private Label titleLabel;
    @FXML private Label expectsLabel;
    @FXML private TextField inputField;
    @FXML private TextField outputField;
    @FXML private Button scoreButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private ListView<String> previewList;

    public BatchView(BatchViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Fxml.load(this);
        titleLabel.setText(viewModel.title());
        expectsLabel.setText(viewModel.expects());
        inputField.textProperty().bindBidirectional(viewModel.inputProperty());
        outputField.textProperty().bindBidirectional(viewModel.outputProperty());
        scoreButton.disableProperty().bind(viewModel.canScore().not());
        progressBar.visibleProperty().bind(viewModel.busyProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        previewList.setItems(viewModel.preview());
    }

    @FXML
    private void chooseInput() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("CSV file to score");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.txt"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            viewModel.inputProperty().set(file.getAbsolutePath());
        }
    }

    @FXML
    private void chooseOutput() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the scores as");
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            viewModel.outputProperty().set(file.getAbsolutePath());
        }
    }

    @FXML
    private void score() {
        viewModel.score();
    }

    public Parent root() {
        return root;
    }
}
