package io.modelwright.core.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A typed, columnar, in-memory table: what import produces and every later stage reads.
 * Nothing after import re-parses the CSV file.
 *
 * @param columns  the columns, in file order; names are unique
 * @param rowCount number of data rows
 */
public record DataTable(List<Column> columns, int rowCount) {

    public DataTable {
        columns = List.copyOf(columns);
        for (Column c : columns) {
            if (c.size() != rowCount) {
                throw new IllegalArgumentException("Column '" + c.name() + "' has " + c.size()
                        + " values but the table has " + rowCount + " rows");
            }
        }
    }

    /** @return the column with this name, if any */
    public Optional<Column> find(String name) {
        for (Column c : columns) {
            if (c.name().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * @return the column with this name
     * @throws UnknownColumnException naming the columns that do exist
     */
    public Column column(String name) {
        return find(name).orElseThrow(() -> new UnknownColumnException(name, columnNames()));
    }

    /** @return column names in file order */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** @return the number of columns */
    public int columnCount() {
        return columns.size();
    }

    /** @return a copy of the table with one column replaced (same name) */
    public DataTable withColumn(Column replacement) {
        Map<String, Column> byName = new LinkedHashMap<>();
        for (Column c : columns) {
            byName.put(c.name(), c);
        }
        if (!byName.containsKey(replacement.name())) {
            throw new UnknownColumnException(replacement.name(), columnNames());
        }
        byName.put(replacement.name(), replacement);
        return new DataTable(List.copyOf(byName.values()), rowCount);
    }
}
