package io.modelwright.desktop.overfit;

import io.modelwright.core.train.Hyperparameter;
import io.modelwright.desktop.common.Fxml;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** The fitting curve: training fit against test score over one setting. */
public final class OverfittingView {
    private final OverfittingViewModel viewModel;
    private final Parent root;
    private final XYChart.Series<Number, Number> fit = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> test = new XYChart.Series<>();

    @FXML private Label titleLabel;
    @FXML private ComboBox<Hyperparameter> settingPicker;
    @FXML private TextField fromField;
    @FXML private TextField toField;
    @FXML private TextField stepsField;
    @FXML private Button drawButton;
    @FXML private Button stopButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label messageLabel;
    @FXML private Label trainingDataNote;
    @FXML private LineChart<Number, Number> chart;
    @FXML private NumberAxis xAxis;
    @FXML private NumberAxis yAxis;

    public OverfittingView(OverfittingViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Fxml.load(this);
        bind();
    }

    private void bind() {
        titleLabel.setText(viewModel.title());
        trainingDataNote.setText(io.modelwright.desktop.warnings.TeachingWarnings.trainingDataScore());
        settingPicker.getItems().setAll(viewModel.settings());
        settingPicker.setConverter(new StringConverter<>() {
            @Override
            public String toString(Hyperparameter h) {
                return h == null ? "" : h.name();
            }

            @Override
            public Hyperparameter fromString(String s) {
                return null;
            }
        });
        settingPicker.valueProperty().bindBidirectional(viewModel.settingProperty());
        fromField.textProperty().bindBidirectional(viewModel.fromProperty());
        toField.textProperty().bindBidirectional(viewModel.toProperty());
        stepsField.textProperty().bindBidirectional(viewModel.stepsProperty());
        drawButton.disableProperty().bind(viewModel.canRun().not());
        stopButton.disableProperty().bind(viewModel.busyProperty().not());
        progressBar.visibleProperty().bind(viewModel.busyProperty());
        progressBar.managedProperty().bind(progressBar.visibleProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        fit.setName("Rows it learned from (trained on all rows)");
        test.setName("New rows (trained on 70%, tested on the other 30%)");
        chart.getData().setAll(fit, test);
        yAxis.setLabel(viewModel.metric());
        viewModel.settingProperty().addListener((o, old, h) -> xAxis.setLabel(h == null ? "" : h.name()));
        xAxis.setLabel(viewModel.settingProperty().get() == null ? "" : viewModel.settingProperty().get().name());
        viewModel.points().addListener((ListChangeListener<FitPoint>) change -> plot());
    }

    private void plot() {
        fit.getData().clear();
        test.getData().clear();
        for (FitPoint p : viewModel.points()) {
            fit.getData().add(new XYChart.Data<>(p.value(), p.fitScore()));
            test.getData().add(new XYChart.Data<>(p.value(), p.testScore()));
        }
    }

    @FXML
    private void draw() {
        viewModel.draw();
    }

    @FXML
    private void stop() {
        viewModel.cancel();
    }

    public Parent root() {
        return root;
    }
}
