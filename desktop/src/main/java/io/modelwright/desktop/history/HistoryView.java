package io.modelwright.desktop.history;

import io.modelwright.core.project.RunSummary;
import io.modelwright.desktop.common.Fxml;
import io.modelwright.desktop.project.ProjectViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The History screen: a sortable leaderboard of runs, open one, or compare two side by side. */
public final class HistoryView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private static final DateTimeFormatter SAVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final HistoryViewModel viewModel;
    private final ProjectViewModel project;
    private final BorderPane root;

    @FXML private TableView<TrainingRun> runsTable;
    @FXML private TableColumn<TrainingRun, Integer> numberColumn;
    @FXML private TableColumn<TrainingRun, String> algorithmColumn;
    @FXML private TableColumn<TrainingRun, String> validationColumn;
    @FXML private TableColumn<TrainingRun, TrainingRun> metricColumn;
    @FXML private TableColumn<TrainingRun, Long> timeColumn;
    @FXML private TableColumn<TrainingRun, String> finishedColumn;
    @FXML private Button openButton;
    @FXML private Button compareButton;
    @FXML private TableView<MetricComparison> comparisonTable;
    @FXML private TableColumn<MetricComparison, String> comparedMetricColumn;
    @FXML private TableColumn<MetricComparison, String> leftColumn;
    @FXML private TableColumn<MetricComparison, String> rightColumn;
    @FXML private Label projectStatus;
    @FXML private Label projectNotice;
    @FXML private TableView<RunSummary> savedTable;
    @FXML private TableColumn<RunSummary, String> savedCreatedColumn;
    @FXML private TableColumn<RunSummary, String> savedAlgorithmColumn;
    @FXML private TableColumn<RunSummary, String> savedValidationColumn;
    @FXML private TableColumn<RunSummary, String> savedMetricColumn;
    @FXML private TableColumn<RunSummary, String> savedNoteColumn;
    @FXML private Label savedDetails;

    /** @param project the open project (if any), whose saved runs are listed below this session's */
    public HistoryView(HistoryViewModel viewModel, ProjectViewModel project) {
        this.viewModel = viewModel;
        this.project = project;
        this.root = Fxml.load(this);
        bind();
        bindProject();
    }

    private void bindProject() {
        projectStatus.textProperty().bind(project.status());
        projectNotice.textProperty().bind(project.noticeProperty());
        savedCreatedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(SAVED.format(c.getValue().created())));
        savedAlgorithmColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().algorithm()));
        savedValidationColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().validation()));
        savedMetricColumn.setCellValueFactory(c ->
                new ReadOnlyStringWrapper(ProjectViewModel.mainMetricText(c.getValue())));
        savedNoteColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().note()));
        savedTable.setItems(project.runs());
        savedTable.getSelectionModel().selectedItemProperty().addListener((observable, old, run) -> project.select(run));
        savedDetails.textProperty().bind(project.selectedDetails());
    }

    /** Fills and binds the controls FXML created; runs once, right after loading. */
    private void bind() {
        numberColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().number()));
        algorithmColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().algorithmName()));
        validationColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().validationText()));
        metricColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        metricColumn.setComparator(HistoryView::byMainMetric);
        metricColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(TrainingRun run, boolean empty) {
                super.updateItem(run, empty);
                setText(empty || run == null ? null : HistoryViewModel.mainMetricText(run));
            }
        });
        timeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().result().totalMillis()));
        timeColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Long millis, boolean empty) {
                super.updateItem(millis, empty);
                setText(empty || millis == null ? null : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0));
            }
        });
        finishedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(TIME.format(c.getValue().finishedAt())));
        SortedList<TrainingRun> sorted = new SortedList<>(viewModel.runs());
        sorted.comparatorProperty().bind(runsTable.comparatorProperty());
        runsTable.setItems(sorted);
        runsTable.getSortOrder().add(metricColumn);
        runsTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        runsTable.setRowFactory(table -> {
            TableRow<TrainingRun> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        runsTable.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                open();
            }
        });
        var selected = runsTable.getSelectionModel().getSelectedItems();
        openButton.disableProperty().bind(Bindings.size(selected).isNotEqualTo(1));
        compareButton.disableProperty().bind(Bindings.size(selected).isNotEqualTo(2));
        comparedMetricColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().metric()));
        leftColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().left()));
        rightColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().right()));
        leftColumn.textProperty().bind(viewModel.leftTitleProperty());
        rightColumn.textProperty().bind(viewModel.rightTitleProperty());
        comparisonTable.setItems(viewModel.comparison());
    }

    /** Best first: descending for metrics where higher is better (the table's ascending order means "best first"). */
    private static int byMainMetric(TrainingRun a, TrainingRun b) {
        int ascending = Double.compare(a.mainMean(), b.mainMean());
        return a.higherIsBetter(a.mainMetric()) ? -ascending : ascending;
    }

    @FXML
    private void open() {
        List<TrainingRun> selected = runsTable.getSelectionModel().getSelectedItems();
        if (selected.size() == 1) {
            viewModel.open(selected.get(0));
        }
    }

    @FXML
    private void compare() {
        List<TrainingRun> selected = List.copyOf(runsTable.getSelectionModel().getSelectedItems());
        if (selected.size() == 2) {
            viewModel.compare(selected.get(0), selected.get(1));
        }
    }

    public BorderPane root() {
        return root;
    }
}
