package io.modelwright.desktop.train;

import io.modelwright.core.train.AlgorithmSpec;
import io.modelwright.core.train.Task;
import io.modelwright.desktop.common.Fxml;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.util.Duration;
import javafx.util.StringConverter;

/** The Train screen: task and algorithm on the left, the generated settings and validation form, and the status. */
public final class TrainView {
    private final TrainViewModel viewModel;
    private final BorderPane root;
    private final Timeline clock;

    @FXML private Label dataLabel;
    @FXML private Label taskLabel;
    @FXML private ComboBox<Task> taskPicker;
    @FXML private Label algorithmLabel;
    @FXML private ListView<AlgorithmSpec> algorithmList;
    @FXML private Label algorithmTitle;
    @FXML private Label algorithmDescription;
    @FXML private GridPane settingsGrid;
    @FXML private RadioButton crossValidationChoice;
    @FXML private RadioButton holdoutChoice;
    @FXML private Spinner<Integer> foldsSpinner;
    @FXML private Spinner<Integer> holdoutSpinner;
    @FXML private CheckBox stratifyCheck;
    @FXML private Label seedLabel;
    @FXML private TextField seedField;
    @FXML private Label seedError;
    @FXML private Button trainButton;
    @FXML private Button compareButton;
    @FXML private Button cancelButton;
    @FXML private Label blockerLabel;
    @FXML private ProgressBar progressBar;
    @FXML private Label messageLabel;
    @FXML private Label elapsedLabel;

    public TrainView(TrainViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Fxml.load(this);
        this.clock = new Timeline(new KeyFrame(Duration.millis(200), event -> viewModel.progress().tick()));
        clock.setCycleCount(Animation.INDEFINITE);
        bind();
    }

    /** Fills and binds the controls FXML created; runs once, right after loading. */
    private void bind() {
        dataLabel.textProperty().bind(viewModel.roles().targetProperty().map(t -> "predicting " + t).orElse("no target"));
        taskLabel.setLabelFor(taskPicker);
        taskPicker.getItems().setAll(Task.values());
        taskPicker.setConverter(new TaskNames());
        taskPicker.valueProperty().bindBidirectional(viewModel.taskProperty());
        bindAlgorithms();
        bindValidation();
        bindStatus();
    }

    private void bindAlgorithms() {
        algorithmLabel.setLabelFor(algorithmList);
        algorithmList.setItems(viewModel.algorithms());
        algorithmList.setCellFactory(list -> new AlgorithmCell(viewModel.ticked()));
        viewModel.ticked().addListener((SetChangeListener<AlgorithmSpec>) change -> algorithmList.refresh());
        algorithmList.getSelectionModel().select(viewModel.algorithmProperty().get());
        algorithmList.scrollTo(viewModel.algorithmProperty().get());
        algorithmList.getSelectionModel().selectedItemProperty().addListener((o, old, spec) -> {
            if (spec != null) {
                viewModel.algorithmProperty().set(spec);
            }
        });
        viewModel.algorithmProperty().addListener((o, old, spec) -> {
            if (algorithmList.getSelectionModel().getSelectedItem() != spec) {
                algorithmList.getSelectionModel().select(spec);
                algorithmList.scrollTo(spec);
            }
        });
        algorithmList.setOnKeyPressed(event -> {
            AlgorithmSpec spec = algorithmList.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.SPACE && spec != null) {
                if (!viewModel.ticked().remove(spec)) {
                    viewModel.ticked().add(spec);
                }
                event.consume();
            }
        });
        algorithmTitle.textProperty().bind(viewModel.algorithmProperty()
                .map(spec -> "Settings of " + spec.displayName()).orElse("Settings"));
        algorithmDescription.textProperty().bind(viewModel.algorithmProperty().map(AlgorithmSpec::description).orElse(""));
        SettingsForm.fill(settingsGrid, viewModel.fields());
        viewModel.algorithmProperty().addListener((o, old, spec) -> SettingsForm.fill(settingsGrid, viewModel.fields()));
    }

    private void bindValidation() {
        TrainingSettings settings = viewModel.settings();
        crossValidationChoice.setSelected(settings.crossValidationProperty().get());
        holdoutChoice.setSelected(!settings.crossValidationProperty().get());
        settings.crossValidationProperty().bind(crossValidationChoice.selectedProperty());
        foldsSpinner.setValueFactory(new IntegerSpinnerValueFactory(2, 20, settings.foldsProperty().get()));
        foldsSpinner.valueProperty().addListener((o, old, k) -> settings.foldsProperty().set(k));
        foldsSpinner.disableProperty().bind(holdoutChoice.selectedProperty());
        holdoutSpinner.setValueFactory(new IntegerSpinnerValueFactory(5, 50, settings.holdoutPercentProperty().get(), 5));
        holdoutSpinner.valueProperty().addListener((o, old, p) -> settings.holdoutPercentProperty().set(p));
        holdoutSpinner.disableProperty().bind(crossValidationChoice.selectedProperty());
        stratifyCheck.selectedProperty().bindBidirectional(settings.stratifyProperty());
        stratifyCheck.disableProperty().bind(viewModel.taskProperty().isNotEqualTo(Task.CLASSIFICATION));
        seedLabel.setLabelFor(seedField);
        seedField.textProperty().bindBidirectional(settings.seedProperty());
        seedError.textProperty().bind(settings.seedError());
    }

    private void bindStatus() {
        TrainingProgress progress = viewModel.progress();
        trainButton.disableProperty().bind(viewModel.canTrain().not());
        compareButton.disableProperty().bind(viewModel.canCompare().not());
        cancelButton.disableProperty().bind(progress.busy().not());
        blockerLabel.textProperty().bind(Bindings.when(progress.busy()).then("").otherwise(viewModel.blockerProperty()));
        progressBar.progressProperty().bind(progress.fractionProperty());
        messageLabel.textProperty().bind(progress.messageProperty());
        elapsedLabel.textProperty().bind(progress.elapsedProperty());
        progress.busy().addListener((o, was, busy) -> {
            if (busy) {
                clock.play();
            } else {
                clock.stop();
            }
        });
    }

    @FXML
    private void train() {
        viewModel.train();
    }

    @FXML
    private void compare() {
        viewModel.compare();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    public BorderPane root() {
        return root;
    }

    private static final class TaskNames extends StringConverter<Task> {
        @Override
        public String toString(Task task) {
            return task == null ? "" : task.id();
        }

        @Override
        public Task fromString(String text) {
            return Task.fromId(text);
        }
    }
}
