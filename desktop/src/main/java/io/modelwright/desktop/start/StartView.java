package io.modelwright.desktop.start;

import io.modelwright.desktop.common.Fxml;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

import java.nio.file.Path;

/**
 * The Start screen: open a CSV file, pick a bundled sample, or reopen a recent file.
 * (Dropping a file anywhere on the window works too; the main window handles that.)
 */
public final class StartView {
    private final StartViewModel viewModel;
    private final CsvFileChooser fileChooser;
    private final ScrollPane root;

    @FXML private Button openButton;
    @FXML private Pane samplesPane;
    @FXML private VBox recentSection;
    @FXML private VBox recentList;

    private boolean recentFilesChanged;

    public StartView(StartViewModel viewModel, CsvFileChooser fileChooser) {
        this.viewModel = viewModel;
        this.fileChooser = fileChooser;
        this.root = Fxml.load(this);
        bind();
    }

    /** Fills and binds the controls FXML created; runs once, right after loading. */
    private void bind() {
        for (SampleDataset sample : viewModel.samples()) {
            samplesPane.getChildren().add(sampleCard(sample));
        }
        // A file is added to the list as it opens, while this screen is hidden: the links are remade when it shows
        // again, not in the frame that shows the Data screen (each link's tooltip is a popup window).
        viewModel.recentFiles().addListener((ListChangeListener<Path>) change -> {
            recentFilesChanged = true;
            if (root.getScene() != null) {
                showRecentFiles();
            }
        });
        showRecentFiles();
        // The first thing to do here is open a file: start with focus on that button, not on a sample card.
        root.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                if (recentFilesChanged) {
                    showRecentFiles();
                }
                Platform.runLater(openButton::requestFocus);
            }
        });
    }

    private Button sampleCard(SampleDataset sample) {
        Label title = new Label(sample.title());
        title.getStyleClass().add("sample-title");
        Label description = new Label(sample.description());
        description.getStyleClass().add("sample-description");
        description.setWrapText(true);
        VBox content = new VBox(title, description);
        content.getStyleClass().add("sample-content");
        Button card = new Button();
        card.setGraphic(content);
        card.getStyleClass().add("sample-card");
        card.setId("sample-" + sample.fileName().replace(".csv", ""));
        card.setMaxWidth(Double.MAX_VALUE);
        card.setOnAction(event -> viewModel.openSample(sample));
        return card;
    }

    private void showRecentFiles() {
        recentFilesChanged = false;
        recentList.getChildren().clear();
        for (Path file : viewModel.recentFiles()) {
            Hyperlink link = new Hyperlink(file.getFileName().toString());
            link.setTooltip(new Tooltip(file.toString()));
            link.getStyleClass().add("recent-file");
            link.setOnAction(event -> viewModel.openFile(file));
            Label folder = new Label(file.getParent() == null ? "" : file.getParent().toString());
            folder.getStyleClass().add("hint");
            recentList.getChildren().add(new VBox(link, folder));
        }
        boolean any = !viewModel.recentFiles().isEmpty();
        recentSection.setVisible(any);
        recentSection.setManaged(any);
    }

    @FXML
    private void openFile() {
        fileChooser.choose(root.getScene().getWindow()).ifPresent(viewModel::openFile);
    }

    public ScrollPane root() {
        return root;
    }
}
