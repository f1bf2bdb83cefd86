package io.modelwright.desktop.data;

import io.modelwright.desktop.common.Fxml;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * Covers the window while a file loads: what is being read, how far along, and a Cancel button.
 * (The main window blocks input at once; this card appears after a short delay.)
 */
public final class LoadingView {
    private final LoadingViewModel viewModel;
    private final StackPane root;
    // Small files load in a blink; showing the overlay only after a moment avoids a distracting flash.
    private final PauseTransition appearSoon = new PauseTransition(Duration.millis(300));

    @FXML private Label titleLabel;
    @FXML private ProgressBar progressBar;
    @FXML private Label messageLabel;
    @FXML private Label amountLabel;

    public LoadingView(LoadingViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Fxml.load(this);
        bind();
    }

    /** Fills and binds the controls FXML created; runs once, right after loading. */
    private void bind() {
        root.setVisible(false);
        viewModel.busy().addListener((observable, wasBusy, busy) -> {
            if (busy) {
                appearSoon.playFromStart();
            } else {
                appearSoon.stop();
                root.setVisible(false);
            }
        });
        appearSoon.setOnFinished(event -> root.setVisible(true));
        titleLabel.textProperty().bind(viewModel.fileNameProperty().map(name -> "Loading " + name));
        progressBar.progressProperty().bind(viewModel.progressProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        amountLabel.textProperty().bind(viewModel.amountReadProperty());
        amountLabel.visibleProperty().bind(viewModel.amountReadProperty().isNotEmpty());
        amountLabel.managedProperty().bind(amountLabel.visibleProperty());
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    public StackPane root() {
        return root;
    }
}
