package io.modelwright.desktop.results;

import io.modelwright.core.data.Column;
import io.modelwright.core.data.DataTable;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** A small table of some rows of the data (by row index), e.g. the rows behind a confusion-matrix cell. */
final class RowsTable extends TableView<Integer> {

    RowsTable(DataTable table, ObservableList<Integer> rows) {
        getStyleClass().add("cell-rows");
        setPlaceholder(new Label("No rows selected."));
        TableColumn<Integer, String> number = new TableColumn<>("Row");
        number.setCellValueFactory(cell -> new ReadOnlyStringWrapper(Integer.toString(cell.getValue() + 1)));
        number.getStyleClass().add("numeric");
        number.setPrefWidth(56);
        getColumns().add(number);
        for (Column column : table.columns()) {
            TableColumn<Integer, String> tableColumn = new TableColumn<>(column.name());
            tableColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(column.text(cell.getValue())));
            tableColumn.setPrefWidth(Math.max(80, column.name().length() * 8.5 + 24));
            getColumns().add(tableColumn);
        }
        setItems(rows);
    }
}
