package io.modelwright.desktop.common;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;

/** The one place errors are shown: the message in words; the stack trace only behind "Details". */
public final class ErrorView {
    private final ErrorViewModel viewModel;
    private final VBox root;
    private Runnable onClose = () -> { };

    @FXML private Label messageLabel;
    @FXML private ToggleButton detailsToggle;
    @FXML private TextArea detailsArea;
    @FXML private Button copyButton;

    public ErrorView(ErrorViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Fxml.load(this);
        bind();
    }

    /** Fills and binds the controls FXML created; runs once, right after loading. */
    private void bind() {
        messageLabel.setText(viewModel.message());
        detailsArea.setText(viewModel.details());
        detailsToggle.selectedProperty().bindBidirectional(viewModel.detailsShownProperty());
        detailsArea.visibleProperty().bind(viewModel.detailsShownProperty());
        detailsArea.managedProperty().bind(viewModel.detailsShownProperty());
        detailsToggle.textProperty().bind(viewModel.detailsShownProperty()
                .map(shown -> shown ? "Hide details" : "Show details"));
    }

    public VBox root() {
        return root;
    }

    public void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    @FXML
    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(viewModel.copyText());
        Clipboard.getSystemClipboard().setContent(content);
        copyButton.setText("Copied");
    }

    @FXML
    private void close() {
        onClose.run();
    }
}
