package io.modelwright.runtime.serve;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rows of a scoring request in the formats of MLflow and SageMaker: CSV (headerless in manifest order,
 * or with a header line equal to the input names) and JSON ({@code dataframe_split}, {@code dataframe_records},
 * {@code instances}, {@code inputs}).
 */
final class RowsParser {
    /** NaN and Infinity literals are read, so that the featurizer can reject them naming the column. */
    private static final ObjectMapper REQUEST_JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private final List<String> inputNames;
    private final int maxRows;

    RowsParser(List<String> inputNames, int maxRows) {
        this.inputNames = inputNames;
        this.maxRows = maxRows;
    }

    List<RawRow> csv(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r?\n", -1);
        int count = lines.length;
        if (count > 0 && lines[count - 1].isEmpty()) {
            count--; // the final line break ends the last line; it does not start a new one
        }
        List<String> header = null;
        List<RawRow> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<String> fields;
            try {
                fields = CsvLines.split(lines[i]);
            } catch (IllegalArgumentException e) {
                throw new HttpError(400, "Line " + (i + 1) + ": " + e.getMessage() + ".");
            }
            if (i == 0 && CsvLines.isHeader(fields, inputNames)) {
                header = fields.stream().map(String::trim).toList();
                continue;
            }
            rows.add(header == null ? RawRow.positional(new ArrayList<>(fields)) : named(header, fields, i + 1));
            checkRowCount(rows.size());
        }
        if (rows.isEmpty()) {
            throw HttpError.badRequest("The request holds no rows.");
        }
        return rows;
    }

    private static RawRow named(List<String> header, List<String> fields, int line) {
        if (fields.size() != header.size()) {
            throw new HttpError(400, "Line " + line + " has " + fields.size() + " values but the header has "
                    + header.size() + ".");
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            row.put(header.get(c), fields.get(c));
        }
        return RawRow.named(row);
    }

    JsonNode readJson(byte[] body) {
        try {
            JsonNode root = REQUEST_JSON.readTree(body);
            if (root == null) {
                throw HttpError.badRequest("The request body is empty.");
            }
            return root;
        } catch (IOException e) {
            throw HttpError.badRequest("The request body is not valid JSON.");
        }
    }

    /** MLflow: exactly one of dataframe_split, dataframe_records, instances, inputs. */
    List<RawRow> mlflowJson(JsonNode root) {
        if (root.isArray()) {
            return rowsOf(root, "the request");
        }
        if (!root.isObject()) {
            throw HttpError.badRequest("Send a JSON object with one of dataframe_split, dataframe_records, "
                    + "instances or inputs.");
        }
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        keys.remove("params");
        if (keys.size() != 1) {
            throw HttpError.badRequest("Send exactly one of dataframe_split, dataframe_records, instances or "
                    + "inputs (got " + (keys.isEmpty() ? "none" : String.join(", ", keys)) + ").");
        }
        String key = keys.get(0);
        JsonNode value = root.get(key);
        return switch (key) {
            case "dataframe_split" -> dataframeSplit(value);
            case "dataframe_records", "instances" -> rowsOf(value, key);
            case "inputs" -> value.isObject() ? columnar(value) : rowsOf(value, key);
            default -> throw HttpError.badRequest("Unknown key '" + key + "'. Send one of dataframe_split, "
                    + "dataframe_records, instances or inputs.");
        };
    }

    private List<RawRow> dataframeSplit(JsonNode split) {
        JsonNode data = split == null ? null : split.get("data");
        if (data == null || !data.isArray()) {
            throw HttpError.badRequest("dataframe_split needs \"data\": [[...], ...].");
        }
        JsonNode columns = split.get("columns");
        checkRowCount(data.size());
        List<RawRow> rows = new ArrayList<>(data.size());
        for (JsonNode line : data) {
            if (!line.isArray()) {
                throw HttpError.badRequest("Each entry of dataframe_split.data must be an array of values.");
            }
            if (columns == null) {
                rows.add(RawRow.positional(values(line)));
                continue;
            }
            if (line.size() != columns.size()) {
                throw HttpError.badRequest("Row " + (rows.size() + 1) + " has " + line.size()
                        + " values but there are " + columns.size() + " columns.");
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                row.put(columns.get(c).asText(), value(line.get(c), columns.get(c).asText()));
            }
            rows.add(RawRow.named(row));
        }
        return rows;
    }

    private List<RawRow> rowsOf(JsonNode array, String what) {
        if (array == null || !array.isArray()) {
            throw HttpError.badRequest(what + " must be an array of rows.");
        }
        checkRowCount(array.size());
        List<RawRow> rows = new ArrayList<>(array.size());
        for (JsonNode element : array) {
            if (element.isObject()) {
                rows.add(RawRow.named(object(element)));
            } else if (element.isArray()) {
                rows.add(RawRow.positional(values(element)));
            } else {
                throw HttpError.badRequest("Each row in " + what + " must be an object {column: value} or an "
                        + "array of values in input order.");
            }
        }
        return rows;
    }

    /** {@code "inputs": {"col": [v1, v2], ...}}: one array per column. */
    private List<RawRow> columnar(JsonNode inputs) {
        int n = -1;
        for (Iterator<Map.Entry<String, JsonNode>> it = inputs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            int size = e.getValue().isArray() ? e.getValue().size() : 1;
            if (n >= 0 && size != n) {
                throw HttpError.badRequest("Every column in inputs must have the same number of values.");
            }
            n = size;
        }
        checkRowCount(Math.max(n, 0));
        List<RawRow> rows = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = inputs.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue().isArray() ? e.getValue().get(r) : e.getValue();
                row.put(e.getKey(), value(v, e.getKey()));
            }
            rows.add(RawRow.named(row));
        }
        return rows;
    }

    Map<String, Object> object(JsonNode node) {
        Map<String, Object> row = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> row.put(e.getKey(), value(e.getValue(), e.getKey())));
        return row;
    }

    List<Object> values(JsonNode array) {
        List<Object> out = new ArrayList<>(array.size());
        int i = 0;
        for (JsonNode v : array) {
            out.add(value(v, i < inputNames.size() ? inputNames.get(i) : "#" + (i + 1)));
            i++;
        }
        return out;
    }

    static Object value(JsonNode v, String column) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        throw HttpError.badRequest("Column '" + column + "': a nested value is not allowed; send a number, text, "
                + "true/false or null.");
    }

    void checkRowCount(int rows) {
        if (rows > maxRows) {
            throw new HttpError(413, "A request may hold at most " + maxRows + " rows. Split it, or raise "
                    + "SCORER_MAX_ROWS.");
        }
    }
}
