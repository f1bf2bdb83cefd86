package io.modelwright.desktop.results;

import io.modelwright.desktop.common.ErrorSink;
import io.modelwright.desktop.common.Fxml;
import javafx.beans.InvalidationListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Supplier;

/** The Results screen: metric cards with explanations, then one tab per chart for the run's task. */
public final class ResultsView {
    private final ResultsViewModel viewModel;
    private final ErrorSink errors;
    private final BorderPane root;

    @FXML private Label titleLabel;
    @FXML private Label subtitleLabel;
    @FXML private FlowPane cardsPane;
    @FXML private VBox warningsBox;
    @FXML private TabPane chartTabs;

    public ResultsView(ResultsViewModel viewModel, ErrorSink errors) {
        this.viewModel = viewModel;
        this.errors = errors;
        this.root = Fxml.load(this);
        bind();
    }

    /** Fills the controls FXML created; runs once, right after loading. */
    private void bind() {
        titleLabel.setText(viewModel.title());
        subtitleLabel.setText(viewModel.subtitle());
        for (MetricCard card : viewModel.cards()) {
            cardsPane.getChildren().add(card(card));
        }
        for (String warning : viewModel.warnings()) {
            Label label = new Label(warning);
            label.getStyleClass().add("warning");
            label.setWrapText(true);
            warningsBox.getChildren().add(label);
        }
        switch (viewModel.task()) {
            case CLASSIFICATION -> classificationTabs();
            case REGRESSION -> regressionTabs();
            case CLUSTERING -> clusteringTabs();
            case ANOMALY -> { }
        }
        importanceTab();
    }

    private static Node card(MetricCard card) {
        Label title = new Label(card.title());
        title.getStyleClass().add("metric-title");
        Label value = new Label(card.value());
        value.getStyleClass().add("metric-value");
        VBox box = new VBox(title, value);
        box.getStyleClass().add("metric-card");
        box.setId("metric-" + card.metric());
        if (!card.explanation().isEmpty()) {
            Tooltip tip = new Tooltip(card.explanation() + " Mean ± standard deviation over the folds.");
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            Tooltip.install(box, tip);
        }
        return box;
    }

    private void classificationTabs() {
        addTab("Confusion _matrix", this::confusionTab);
        if (viewModel.classification().hasProbabilities()) {
            addTab("_ROC curve", () -> chart(ResultCharts.unitCurves("False positive rate", "True positive rate",
                    viewModel.rocSeries(), "guessing"), "Each class against the rest: the higher and further left,"
                    + " the better. AUC is the area under the curve.", "roc.png"));
            addTab("_Precision–recall", () -> chart(ResultCharts.unitCurves("Recall", "Precision",
                    viewModel.precisionRecallSeries(), null), "How precise the predictions stay as the model finds"
                    + " more of a class. AP is the average precision.", "precision-recall.png"));
            addTab("Ca_libration", () -> chart(ResultCharts.unitCurves("Predicted probability", "Observed frequency",
                    viewModel.calibrationSeries(), "perfectly calibrated", true), "Do predicted probabilities come true"
                    + " that often? Points on the diagonal mean yes.", "calibration.png"));
        }
    }

    private Node confusionTab() {
        ConfusionMatrixView matrix = new ConfusionMatrixView(viewModel);
        Label caption = new Label();
        caption.setId("cellCaption");
        caption.textProperty().bind(viewModel.cellCaptionProperty());
        RowsTable rows = new RowsTable(viewModel.table(), viewModel.cellRows());
        rows.setId("cellRows");
        VBox.setVgrow(rows, Priority.ALWAYS);
        VBox rowsBox = new VBox(caption, rows);
        rowsBox.getStyleClass().add("cell-rows-box");
        HBox.setHgrow(rowsBox, Priority.ALWAYS);
        HBox content = new HBox(chart(matrix, "Rows: the true class; columns: the prediction. Darker = larger share"
                + " of the true class. Click a cell to see its rows.", "confusion-matrix.png"), rowsBox);
        content.getStyleClass().add("confusion-tab");
        return content;
    }

    private void regressionTabs() {
        addTab("_Predicted vs actual", () -> chart(ResultCharts.scatter("Actual", "Predicted",
                viewModel.predictedVsActualSeries()), "Each point is a row, predicted by a model that did not see it."
                + " Perfect predictions lie on the diagonal.", "predicted-vs-actual.png"));
        addTab("_Residuals", () -> chart(ResultCharts.scatter("Predicted", "Actual − predicted",
                viewModel.residualSeries()), "Errors against predictions: a shapeless band around 0 is good;"
                + " curves or funnels show what the model misses.", "residuals.png"));
    }

    private void clusteringTabs() {
        addTab("Cluster _sizes", () -> chart(ResultCharts.bars("Cluster", "Rows", viewModel.clusterSizes()),
                "How many rows fell into each cluster.", "cluster-sizes.png"));
        addTab("_Map (PCA)", () -> chart(ResultCharts.scatter("First principal component", "Second principal component",
                viewModel.projectionSeries()), "The rows flattened to two dimensions that keep most of their"
                + " spread, coloured by cluster.", "clusters-pca.png"));
    }

    private void importanceTab() {
        if (viewModel.importances().isEmpty()) {
            Label none = new Label("This model reports no feature importances of its own.");
            none.getStyleClass().add("hint");
            addTab("_Importance", () -> none);
            return;
        }
        addTab("_Importance", () -> chart(ResultCharts.bars("Column", "Importance (" + viewModel.importanceKind() + ")",
                viewModel.topImportances()), "How much the final model relies on each column (" + viewModel.importanceKind()
                + "), largest first.", "importance.png"));
    }

    private Node chart(Node chart, String explanation, String fileName) {
        return new ChartPane(chart, explanation, fileName, errors);
    }

    /**
     * Adds a tab whose content is built the first time it is selected: a chart's nodes (a symbol per point, axes,
     * legend) cost the JavaFX thread time, and building every tab when training finished paused the window.
     */
    private void addTab(String title, Supplier<Node> content) {
        Tab tab = new Tab(title.replace("_", ""));
        InvalidationListener buildOnFirstShow = observable -> {
            if (tab.isSelected() && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        };
        tab.selectedProperty().addListener(buildOnFirstShow);
        chartTabs.getTabs().add(tab);
        buildOnFirstShow.invalidated(tab.selectedProperty());
    }

    public BorderPane root() {
        return root;
    }
}
