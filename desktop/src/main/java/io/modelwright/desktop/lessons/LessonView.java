package io.modelwright.desktop.lessons;

import io.modelwright.desktop.common.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/** The lesson side panel. */
public final class LessonView {
    private final LessonViewModel viewModel;
    private final Runnable close;
    private final Parent root;

    @FXML private Label lessonTitle;
    @FXML private Label stepPosition;
    @FXML private Label stepTitle;
    @FXML private Label stepText;
    @FXML private Label presetNote;
    @FXML private Button backButton;
    @FXML private Button nextButton;

    /** @param close ends the lesson (hides the panel) */
    public LessonView(LessonViewModel viewModel, Runnable close) {
        this.viewModel = viewModel;
        this.close = close;
        this.root = Fxml.load(this);
        lessonTitle.setText(viewModel.lesson().title());
        stepPosition.textProperty().bind(viewModel.position());
        backButton.disableProperty().bind(viewModel.canBack().not());
        nextButton.disableProperty().bind(viewModel.canNext().not());
        viewModel.indexProperty().addListener((observable, old, now) -> showStep());
        showStep();
    }

    private void showStep() {
        stepTitle.setText(viewModel.step().title());
        stepText.setText(viewModel.step().text());
        presetNote.setText(viewModel.presetNote());
    }

    @FXML
    private void back() {
        viewModel.back();
    }

    @FXML
    private void next() {
        viewModel.next();
    }

    @FXML
    private void close() {
        close.run();
    }

    public Parent root() {
        return root;
    }
}
