package io.modelwright.core.experiment;

import io.modelwright.core.data.Column;
import io.modelwright.core.data.DataTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Table rows as a person would send them to a deployed model: per feature column the cell's text
 * ({@link Column#text}, which for dates is the text in the column's own format, what the scorer parses back).
 */
final class RawRows {
    private RawRows() {
    }

    static Map<String, Object> of(DataTable table, List<String> columns, int row) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String name : columns) {
            out.put(name, table.column(name).text(row));
        }
        return out;
    }

    static List<Map<String, Object>> of(DataTable table, List<String> columns, List<Integer> rows) {
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (int r : rows) {
            out.add(of(table, columns, r));
        }
        return out;
    }
}
