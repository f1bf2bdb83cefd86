package io.modelwright.desktop.data;

import io.modelwright.core.data.Column;
import io.modelwright.desktop.common.Fxml;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The Data screen: the rows in a virtualized table, the column list (type and missing share, with the reason
 * for the type on hover), the import warnings and a status line.
 */
public final class DataView {
    private static final double MIN_COLUMN_WIDTH = 80;
    private static final double WIDTH_PER_HEADER_CHARACTER = 8.5;

    private final DataViewModel viewModel;
    private final BorderPane root;

    @FXML private Label fileNameLabel;
    @FXML private Label shapeLabel;
    @FXML private TableView<Integer> rowsTable;
    @FXML private TableView<ColumnSummary> columnsTable;
    @FXML private TableColumn<ColumnSummary, String> nameColumn;
    @FXML private TableColumn<ColumnSummary, String> typeColumn;
    @FXML private TableColumn<ColumnSummary, String> missingColumn;
    @FXML private TableColumn<ColumnSummary, ColumnRole> roleColumn;
    @FXML private ComboBox<String> targetPicker;
    @FXML private Label targetLabel;
    @FXML private Label taskSuggestionLabel;
    @FXML private VBox warningsBox;
    @FXML private Label statusLine;

    public DataView(DataViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Fxml.load(this);
        bind();
    }

    /** Fills and binds the controls FXML created; runs once, right after loading. */
    private void bind() {
        fileNameLabel.setText(viewModel.fileName());
        shapeLabel.setText(viewModel.shapeText());
        statusLine.setText(viewModel.statusText());
        showRows();
        showColumnList();
        showWarnings();
        bindTargetPicker();
    }

    private void bindTargetPicker() {
        ColumnRoles roles = viewModel.roles();
        targetLabel.setLabelFor(targetPicker);
        targetPicker.getItems().setAll(roles.columnNames());
        targetPicker.valueProperty().bindBidirectional(roles.targetProperty());
        taskSuggestionLabel.textProperty().bind(Bindings.createStringBinding(viewModel::taskSuggestionText,
                roles.targetProperty(), roles.suggestedTaskProperty()));
        roleColumn.setCellValueFactory(cell -> Bindings.valueAt(roles.roles(), cell.getValue().name()));
        roleColumn.setCellFactory(column -> new RoleCell(roles));
    }

    private void showRows() {
        TableColumn<Integer, String> rowNumber = new TableColumn<>("#");
        rowNumber.setCellValueFactory(cell -> new ReadOnlyStringWrapper(Integer.toString(cell.getValue() + 1)));
        rowNumber.getStyleClass().add("row-number");
        rowNumber.setPrefWidth(72);
        rowNumber.setSortable(false);
        rowNumber.setReorderable(false);
        rowsTable.getColumns().add(rowNumber);
        for (Column column : viewModel.columns()) {
            rowsTable.getColumns().add(tableColumnFor(column));
        }
        rowsTable.setItems(viewModel.rows());
    }

    private TableColumn<Integer, String> tableColumnFor(Column column) {
        TableColumn<Integer, String> tableColumn = new TableColumn<>(column.name());
        // Read the value only when a cell shows it: no per-row objects, however many rows.
        tableColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(viewModel.cellText(column, cell.getValue())));
        tableColumn.setCellFactory(unused -> new ValueCell());
        tableColumn.setPrefWidth(Math.max(MIN_COLUMN_WIDTH, column.name().length() * WIDTH_PER_HEADER_CHARACTER + 28));
        // The row list is a view of the columns; sorting will come with a sort-index, not by reordering items.
        tableColumn.setSortable(false);
        if (column.type().isNumericStorage()) {
            tableColumn.getStyleClass().add("numeric");
        }
        return tableColumn;
    }

    private void showColumnList() {
        nameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        typeColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().type()));
        missingColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().missing()));
        columnsTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(ColumnSummary summary, boolean empty) {
                super.updateItem(summary, empty);
                setTooltip(empty || summary == null || summary.reason().isEmpty() ? null : new Tooltip(summary.reason()));
            }
        });
        columnsTable.setItems(viewModel.columnSummaries());
    }

    private void showWarnings() {
        if (viewModel.warnings().isEmpty()) {
            Label none = new Label("No warnings: nothing unusual was found in this file.");
            none.getStyleClass().add("no-warnings");
            none.setWrapText(true);
            warningsBox.getChildren().add(none);
            return;
        }
        for (String warning : viewModel.warnings()) {
            Label label = new Label(warning);
            label.getStyleClass().add("warning");
            label.setWrapText(true);
            warningsBox.getChildren().add(label);
        }
    }

    public BorderPane root() {
        return root;
    }
}
