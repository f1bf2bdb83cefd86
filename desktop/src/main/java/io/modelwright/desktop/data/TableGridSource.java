package io.modelwright.desktop.data;

import io.modelwright.core.data.Column;
import io.modelwright.core.data.ColumnProfile;
import io.modelwright.core.data.DataTable;
import io.modelwright.core.data.NumericColumn;
import io.modelwright.runtime.schema.ColumnType;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The imported table as the rows grid reads it: a cell's text is made only when the cell comes into view. */
final class TableGridSource implements GridSource {
    /** Rows read to estimate a column's width; the rest of the file is not scanned for it. */
    private static final int ROWS_SAMPLED_FOR_WIDTH = 30;

    /** Past this many digits numbers are not written out in full, and the magnitude says nothing of the width. */
    private static final int MOST_DIGITS_WRITTEN = 15;
    private static final Set<ColumnType> PLAIN_NUMBERS = Set.of(ColumnType.NUMERIC, ColumnType.INTEGER,
            ColumnType.IDENTIFIER);

    private final DataTable table;
    private final List<Column> columns;
    private final Map<String, ColumnProfile> profiles;

    /** @param profiles each column's profile (for the range of numbers), by name; may miss columns */
    TableGridSource(DataTable table, Map<String, ColumnProfile> profiles) {
        this.table = table;
        this.columns = table.columns();
        this.profiles = profiles == null ? Map.of() : profiles;
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

    /**
     * The longest of the first rows' texts; for plain numbers, also the width the largest magnitude in the whole
     * column needs (from its profile) with as many decimals as the first rows show, so that a big number further
     * down is not cut short.
     */
    @Override
    public int characters(int column) {
        Column c = columns.get(column);
        int characters = 0;
        int decimals = 0;
        int sampled = Math.min(ROWS_SAMPLED_FOR_WIDTH, table.rowCount());
        for (int row = 0; row < sampled; row++) {
            String text = c.text(row);
            characters = Math.max(characters, text.length());
            int point = text.indexOf('.');
            decimals = Math.max(decimals, point < 0 ? 0 : text.length() - point - 1);
        }
        ColumnProfile profile = profiles.get(c.name());
        if (c instanceof NumericColumn && PLAIN_NUMBERS.contains(c.type()) && profile != null
                && Double.isFinite(profile.min()) && Double.isFinite(profile.max())) {
            double largest = Math.max(Math.abs(profile.min()), Math.abs(profile.max()));
            int digits = largest < 1 ? 1 : (int) Math.floor(Math.log10(largest)) + 1;
            if (digits <= MOST_DIGITS_WRITTEN) {
                int sign = profile.min() < 0 ? 1 : 0;
                characters = Math.max(characters, sign + digits + (decimals > 0 ? decimals + 1 : 0));
            }
        }
        return characters;
    }
}
