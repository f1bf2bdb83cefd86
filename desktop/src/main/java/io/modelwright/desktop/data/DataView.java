package io.modelwright.desktop.data;

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
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Set;

/**
 * The Data screen: the rows in a grid that draws only what is in view, the column list (type and missing share,
 * with the reason for the type on hover), the import warnings and a status line.
 */
public final class DataView {
    private static final Set<KeyCode> OPENS_ROLE_MENU = Set.of(KeyCode.ENTER, KeyCode.SPACE, KeyCode.CONTEXT_MENU);

    private final DataViewModel viewModel;
    private final BorderPane root;

    @FXML private Label fileNameLabel;
    @FXML private Label shapeLabel;
    @FXML private VBox rowsBox;
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
        RowsGrid rows = new RowsGrid(viewModel.rows());
        rows.setId("rowsGrid");
        VBox.setVgrow(rows, Priority.ALWAYS);
        rowsBox.getChildren().add(rows);
        showWarnings();
        bindTargetPicker();
        showColumnList();
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
