package io.modelwright.desktop.data;

import io.modelwright.core.data.Column;
import io.modelwright.desktop.common.FrameByFrame;
import io.modelwright.desktop.common.Fxml;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Data screen: the rows in a virtualized table, the column list (type and missing share, with the reason
 * for the type on hover), the import warnings and a status line.
 */
public final class DataView {
    private static final Set<KeyCode> OPENS_ROLE_MENU = Set.of(KeyCode.ENTER, KeyCode.SPACE, KeyCode.CONTEXT_MENU);
    /** Files this narrow show in one frame; wider ones show their rows and column list in the next frames. */
    private static final int COLUMNS_SHOWN_AT_ONCE = 8;
    private static final int ROWS_PER_FRAME = 6;
    /** About a screenful at the usual row height; past it, the table takes its full height in one step. */
    private static final int ROWS_GROWN_GRADUALLY = 36;
    private static final double HEADER_HEIGHT = 32;
    private static final double DEFAULT_ROW_HEIGHT = 26;
    private static final double MIN_COLUMN_WIDTH = 72;
    private static final double WIDTH_PER_CHARACTER = 8.5;
    private static final double CELL_PADDING = 28;
    private static final int ROWS_SAMPLED_FOR_WIDTH = 30;
    /**
     * A TableColumn left at JavaFX's default width (80) is auto-sized when the table first shows: the header
     * builds and styles a cell for each of the first rows of every such column, which froze the window for a
     * few hundred milliseconds on a wide file. Every column here gets its own width, never exactly this one.
     */
    private static final double JAVAFX_DEFAULT_COLUMN_WIDTH = 80;

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
        showRowColumns();
        showWarnings();
        bindTargetPicker();
        if (viewModel.columns().size() <= COLUMNS_SHOWN_AT_ONCE) {
            rowsTable.setItems(viewModel.rows());
            showColumnList();
        } else {
            FrameByFrame.run(growRowsThenColumnList());
        }
    }

    /**
     * The steps that show a wide file. A table builds a row (with a styled cell per column) for every line of its
     * height, rows or not, so it grows a few rows per frame before the column list follows.
     */
    private List<Runnable> growRowsThenColumnList() {
        rowsTable.setItems(viewModel.rows());
        rowsTable.setMaxHeight(heightForRows(ROWS_PER_FRAME));
        List<Runnable> steps = new ArrayList<>();
        for (int rows = 2 * ROWS_PER_FRAME; rows < ROWS_GROWN_GRADUALLY; rows += ROWS_PER_FRAME) {
            double height = heightForRows(rows);
            steps.add(() -> rowsTable.setMaxHeight(height));
        }
        steps.add(() -> rowsTable.setMaxHeight(Double.MAX_VALUE));
        steps.add(this::showColumnList);
        return steps;
    }

    private double heightForRows(int rows) {
        double rowHeight = rowsTable.getFixedCellSize() > 0 ? rowsTable.getFixedCellSize() : DEFAULT_ROW_HEIGHT;
        return HEADER_HEIGHT + rows * rowHeight;
    }

    private void bindTargetPicker() {
        ColumnRoles roles = viewModel.roles();
        targetLabel.setLabelFor(targetPicker);
        targetPicker.getItems().setAll(roles.columnNames());
        targetPicker.valueProperty().bindBidirectional(roles.targetProperty());
        taskSuggestionLabel.textProperty().bind(Bindings.createStringBinding(viewModel::taskSuggestionText,
                roles.targetProperty(), roles.suggestedTaskProperty()));
        roleColumn.setCellValueFactory(cell -> Bindings.valueAt(roles.roles(), cell.getValue().name()));
        RoleMenu menu = new RoleMenu(roles);
        roleColumn.setCellFactory(column -> new RoleCell(menu));
        // Without a mouse: Enter, Space or the menu key on a selected column opens the same menu.
        columnsTable.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            ColumnSummary selected = columnsTable.getSelectionModel().getSelectedItem();
            if (selected != null && OPENS_ROLE_MENU.contains(event.getCode())) {
                menu.showFor(selected.name(), selectedRowOr(columnsTable));
                event.consume();
            }
        });
    }

    private static Node selectedRowOr(TableView<ColumnSummary> table) {
        int selected = table.getSelectionModel().getSelectedIndex();
        return table.lookupAll(".table-row-cell").stream()
                .filter(node -> node instanceof TableRow<?> row && row.getIndex() == selected)
                .findFirst().orElse(table);
    }

    /**
     * Adds the rows table's columns. A wide file's rows and the column list follow over the next frames: each
     * visible cell is styled and laid out when it first shows, and a few hundred of them in the frame that also
     * builds the screen froze the window for a visible moment right after loading. (Adding the columns a few
     * per frame was tried and was worse: every added column restyles every cell of every row.)
     */
    private void showRowColumns() {
        TableColumn<Integer, String> rowNumber = new TableColumn<>("#");
        rowNumber.setCellValueFactory(cell -> new ReadOnlyStringWrapper(Integer.toString(cell.getValue() + 1)));
        rowNumber.getStyleClass().add("row-number");
        rowNumber.setPrefWidth(72);
        rowNumber.setSortable(false);
        rowNumber.setReorderable(false);
        rowsTable.getColumns().add(rowNumber);
        viewModel.columns().forEach(column -> rowsTable.getColumns().add(tableColumnFor(column)));
    }

    private TableColumn<Integer, String> tableColumnFor(Column column) {
        TableColumn<Integer, String> tableColumn = new TableColumn<>(column.name());
        // Read the value only when a cell shows it: no per-row objects, however many rows.
        tableColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(viewModel.cellText(column, cell.getValue())));
        tableColumn.setCellFactory(unused -> new ValueCell());
        tableColumn.setPrefWidth(widthFor(column));
        // The row list is a view of the columns; sorting will come with a sort-index, not by reordering items.
        tableColumn.setSortable(false);
        if (column.type().isNumericStorage()) {
            tableColumn.getStyleClass().add("numeric");
        }
        return tableColumn;
    }

    /** @return a width that fits the header and the first rows' values, estimated from their lengths */
    private double widthFor(Column column) {
        int characters = column.name().length();
        int sampled = Math.min(ROWS_SAMPLED_FOR_WIDTH, viewModel.table().rowCount());
        for (int row = 0; row < sampled; row++) {
            characters = Math.max(characters, viewModel.cellText(column, row).length());
        }
        double width = Math.max(MIN_COLUMN_WIDTH, characters * WIDTH_PER_CHARACTER + CELL_PADDING);
        return width == JAVAFX_DEFAULT_COLUMN_WIDTH ? width + 1 : width;
    }

    private void showColumnList() {
        nameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        typeColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().type()));
        missingColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().missing()));
        columnsTable.setRowFactory(table -> new ReasonRow());
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
