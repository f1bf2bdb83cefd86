package io.modelwright.runtime.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads the common MLflow body, {@code {"dataframe_split": {"columns": [...], "data": [[...], ...]}}}, straight
 * from Jackson's token stream: no tree of nodes, and rows whose columns are the inputs in input order stay
 * positional (no map per row). Anything else — another shape, a duplicate or unexpected key, a nested value, a
 * row of the wrong length, too many rows, invalid JSON — returns null, and the caller parses the body as a tree as
 * before, so that every error and every unusual body is answered exactly as the tree parser answers it.
 */
final class DataframeSplitReader {
    private final JsonFactory json;
    private final int maxRows;
    private final Predicate<List<String>> inputOrder;

    /**
     * @param json       the factory of the request mapper (same parser features)
     * @param inputOrder true for column lists that may be read positionally
     */
    DataframeSplitReader(JsonFactory json, int maxRows, Predicate<List<String>> inputOrder) {
        this.json = json;
        this.maxRows = maxRows;
        this.inputOrder = inputOrder;
    }

    /** @return the rows, or null when the body is not a plain, valid dataframe_split (see the class comment) */
    List<RawRow> read(byte[] body) {
        try (JsonParser p = json.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME
                    || !p.currentName().equals("dataframe_split") || p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            List<String> columns = null;
            List<RawRow> rows = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken value = p.nextToken();
                if (key.equals("columns") && columns == null && rows == null) {
                    columns = columns(p, value);
                    if (columns == null) {
                        return null;
                    }
                } else if (key.equals("data") && rows == null) {
                    rows = data(p, value, columns);
                    if (rows == null) {
                        return null;
                    }
                } else if (key.equals("columns") || key.equals("data")) {
                    return null; // duplicate key, or columns after data: leave it to the tree
                } else {
                    p.skipChildren(); // the tree ignores other keys of dataframe_split too (e.g. "index")
                }
            }
            // dataframe_split closed; nothing may follow it, not even "params" or trailing text.
            if (rows == null || p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != JsonToken.END_OBJECT
                    || p.nextToken() != null) {
                return null;
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static List<String> columns(JsonParser p, JsonToken start) throws IOException {
        if (start != JsonToken.START_ARRAY) {
            return null;
        }
        List<String> columns = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
            columns.add(p.getText());
        }
        return t == JsonToken.END_ARRAY ? columns : null;
    }

    private List<RawRow> data(JsonParser p, JsonToken start, List<String> columns) throws IOException {
        if (start != JsonToken.START_ARRAY) {
            return null;
        }
        boolean positional = columns == null || inputOrder.test(columns);
        int width = columns == null ? 8 : columns.size();
        List<RawRow> rows = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
            if (rows.size() == maxRows) {
                return null;
            }
            List<Object> values = new ArrayList<>(width);
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                switch (t) {
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> values.add(p.getDoubleValue());
                    case VALUE_STRING -> values.add(p.getText());
                    case VALUE_TRUE -> values.add(Boolean.TRUE);
                    case VALUE_FALSE -> values.add(Boolean.FALSE);
                    case VALUE_NULL -> values.add(null);
                    default -> {
                        return null; // nested value: the tree path names the column
                    }
                }
            }
            if (columns != null && values.size() != columns.size()) {
                return null;
            }
            rows.add(positional ? RawRow.positional(values) : RawRow.named(named(columns, values)));
        }
        return t == JsonToken.END_ARRAY ? rows : null;
    }

    private static Map<String, Object> named(List<String> columns, List<Object> values) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            row.put(columns.get(c), values.get(c));
        }
        return row;
    }
}
