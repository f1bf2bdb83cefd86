package io.modelwright.desktop.export;

import io.modelwright.desktop.common.Fxml;
import io.modelwright.desktop.history.TrainingRun;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;

/** The export wizard's pages: details, progress, result. */
public final class ExportView {
    private final ExportViewModel viewModel;
    private final Parent root;

    @FXML private VBox detailsPage;
    @FXML private VBox progressPage;
    @FXML private VBox donePage;
    @FXML private ComboBox<TrainingRun> runPicker;
    @FXML private TextField nameField;
    @FXML private TextField versionField;
    @FXML private TextArea intendedUseArea;
    @FXML private TextArea limitationsArea;
    @FXML private TextField folderField;
    @FXML private Label checkPlanLabel;
    @FXML private Label problemLabel;
    @FXML private Button exportButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label progressLabel;
    @FXML private Label verificationLabel;
    @FXML private Label verificationDetails;
    @FXML private Label artifactLabel;
    @FXML private ListView<String> filesList;
    @FXML private TextArea curlField;
    @FXML private TextArea dockerField;
    @FXML private Button startScorerButton;
    @FXML private Button stopScorerButton;
    @FXML private Button openPageButton;
    @FXML private Label scorerStateLabel;

    public ExportView(ExportViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Fxml.load(this);
        bind();
    }

    private void bind() {
        runPicker.setItems(viewModel.runs());
        runPicker.setConverter(new StringConverter<>() {
            @Override
            public String toString(TrainingRun run) {
                return run == null ? "" : String.format(Locale.ROOT, "%s — %s %.3f", run.title(), run.mainMetric(),
                        run.mainMean());
            }

            @Override
            public TrainingRun fromString(String text) {
                return null;
            }
        });
        runPicker.valueProperty().bindBidirectional(viewModel.runProperty());
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        versionField.textProperty().bindBidirectional(viewModel.versionProperty());
        intendedUseArea.textProperty().bindBidirectional(viewModel.intendedUseProperty());
        limitationsArea.textProperty().bindBidirectional(viewModel.limitationsProperty());
        folderField.textProperty().bindBidirectional(viewModel.folderProperty());
        checkPlanLabel.textProperty().bind(Bindings.createStringBinding(viewModel::checkPlan, viewModel.runProperty()));
        problemLabel.textProperty().bind(viewModel.problemProperty());
        problemLabel.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        exportButton.disableProperty().bind(viewModel.canExport().not());

        show(detailsPage, ExportViewModel.Step.DETAILS);
        show(progressPage, ExportViewModel.Step.EXPORTING);
        show(donePage, ExportViewModel.Step.DONE);
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressLabel.textProperty().bind(viewModel.messageProperty());

        filesList.setItems(viewModel.files());
        viewModel.resultProperty().addListener((observable, old, result) -> showResult());
        viewModel.scorerUrlProperty().addListener((observable, old, url) -> curlField.setText(viewModel.curlCommand()));
        scorerStateLabel.textProperty().bind(viewModel.scorerStateProperty());
        startScorerButton.disableProperty().bind(viewModel.scorerUrlProperty().isNotEmpty());
        stopScorerButton.disableProperty().bind(viewModel.scorerUrlProperty().isEmpty());
        openPageButton.disableProperty().bind(viewModel.scorerUrlProperty().isEmpty());
    }

    private void show(VBox page, ExportViewModel.Step step) {
        page.visibleProperty().bind(viewModel.stepProperty().isEqualTo(step));
        page.managedProperty().bind(page.visibleProperty());
    }

    private void showResult() {
        verificationLabel.setText(viewModel.verificationText());
        verificationDetails.setText(viewModel.verificationDetails());
        artifactLabel.setText(viewModel.resultProperty().get().artifactDir().toString());
        curlField.setText(viewModel.curlCommand());
        dockerField.setText(viewModel.dockerCommand());
    }

    @FXML
    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Where should the model go?");
        File current = Path.of(viewModel.folderProperty().get()).toAbsolutePath().getParent().toFile();
        if (current.isDirectory()) {
            chooser.setInitialDirectory(current);
        }
        File chosen = chooser.showDialog(root.getScene().getWindow());
        if (chosen != null) {
            viewModel.folderProperty().set(chosen.toPath().resolve(viewModel.nameProperty().get() + "-"
                    + viewModel.versionProperty().get()).toString());
        }
    }

    @FXML
    private void export() {
        viewModel.export();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void copyCurl() {
        copy(curlField.getText());
    }

    @FXML
    private void copyDocker() {
        copy(dockerField.getText());
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    @FXML
    private void openFolder() {
        viewModel.openFolder();
    }

    @FXML
    private void startScorer() {
        viewModel.startScorer(0);
    }

    @FXML
    private void stopScorer() {
        viewModel.stopScorer();
    }

    @FXML
    private void openScorerPage() {
        viewModel.openScorerPage();
    }

    public Parent root() {
        return root;
    }
}
