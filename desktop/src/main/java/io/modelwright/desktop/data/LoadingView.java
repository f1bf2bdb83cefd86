package io.modelwright.desktop.data;

import io.modelwright.desktop.common.Fxml;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;

/** Covers the window while a file loads: what is being read, how far along, and a Cancel button. */
public final class LoadingView {
    private final LoadingViewModel viewModel;
    private final StackPane root;

    @FXML private Label titleLabel;
    @FXML private ProgressBar progressBar;
    @FXML private Label messageLabel;
    @FXML private Label amountLabel;
    @FXML private Button cancelButton;

    public LoadingView(LoadingViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Fxml.load(this);
        bind();
    }

    /** Fills and binds the controls FXML created; runs once, right after loading. */
    private void bind() {
        root.visibleProperty().bind(viewModel.busy());
        titleLabel.textProperty().bind(viewModel.fileNameProperty().map(name -> "Loading " + name));
        progressBar.progressProperty().bind(viewModel.progressProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        amountLabel.textProperty().bind(viewModel.amountReadProperty());
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    public StackPane root() {
        return root;
    }
}
