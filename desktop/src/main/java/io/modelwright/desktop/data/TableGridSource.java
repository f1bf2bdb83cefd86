package io.modelwright.desktop.data;

import io.modelwright.core.data.Column;
import io.modelwright.core.data.DataTable;

import java.util.List;

/** The imported table as the rows grid reads it: a cell's text is made only when the cell comes into view. */
final class TableGridSource implements GridSource {
    /** Rows read to estimate a column's width; the rest of the file is not scanned for it. */
    static final int ROWS_SAMPLED_FOR_WIDTH = 30;

    private final DataTable table;
    private final List<Column> columns;

    TableGridSource(DataTable table) {
        this.table = table;
        this.columns = table.columns();
    }

    @Override
    public int rowCount() {
        return table.rowCount();
    }

    @Override
    public int columnCount() {
        return columns.size();
    }

    @Override
    public String header(int column) {
        return columns.get(column).name();
    }

    @Override
    public boolean numeric(int column) {
        return columns.get(column).type().isNumericStorage();
    }

    @Override
    public String cellText(int column, int row) {
        return columns.get(column).text(row);
    }

    @Override
    public int characters(int column) {
        Column c = columns.get(column);
        int characters = 0;
        int sampled = Math.min(ROWS_SAMPLED_FOR_WIDTH, table.rowCount());
        for (int row = 0; row < sampled; row++) {
            characters = Math.max(characters, c.text(row).length());
        }
        return characters;
    }
}
