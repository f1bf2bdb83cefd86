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
import java.util.function.Predicate;

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
    private final Predicate<List<String>> inputOrder;
    private final DataframeSplitReader dataframeSplit;

    /**
     * @param inputNames the model's input columns
     * @param maxRows    most rows in one request (413 above)
     * @param inputOrder true for column lists that are the inputs in input order ({@link
     *                   io.modelwright.runtime.score.Scorer#isInputOrder}): their rows are kept positional
     */
    RowsParser(List<String> inputNames, int maxRows, Predicate<List<String>> inputOrder) {
        this.inputNames = inputNames;
        this.maxRows = maxRows;
        this.inputOrder = inputOrder;
        this.dataframeSplit = new DataframeSplitReader(REQUEST_JSON.getFactory(), maxRows, inputOrder);
    }

    List<RawRow> csv(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        int from = text.startsWith("\uFEFF") ? 1 : 0;
        List<String> header = null;
        boolean headerInInputOrder = false;
        List<RawRow> rows = new ArrayList<>(Math.min(maxRows, 1 + body.length / 64));
        for (int i = 0; from < text.length(); i++) {
            // Lines end at \n or \r\n; the final line break ends the last line, it does not start a new one.
            int end = text.indexOf('\n', from);
            int next = end < 0 ? text.length() : end + 1;
            if (end < 0) {
                end = text.length();
            } else if (end > from && text.charAt(end - 1) == '\r') {
                end--;
            }
            String line = text.substring(from, end);
            from = next;
            List<String> fields;
            try {
                fields = CsvLines.split(line, inputNames.size());
            } catch (IllegalArgumentException e) {
                throw new HttpError(400, "Line " + (i + 1) + ": " + e.getMessage() + ".");
            }
            if (i == 0 && CsvLines.isHeader(fields, inputNames)) {
                header = fields.stream().map(String::trim).toList();
                headerInInputOrder = inputOrder.test(header);
                continue;
            }
            if (header == null) {
                rows.add(RawRow.positional(fields));
            } else if (headerInInputOrder) {
                checkWidth(header, fields, i + 1);
                rows.add(RawRow.positional(fields));
            } else {
                rows.add(named(header, fields, i + 1));
            }
            checkRowCount(rows.size());
        }
        if (rows.isEmpty()) {
            throw HttpError.badRequest("The request holds no rows.");
        }
        return rows;
    }

    private static RawRow named(List<String> header, List<String> fields, int line) {
        checkWidth(header, fields, line);
        Map<String, Object> row = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            row.put(header.get(c), fields.get(c));
        }
        return RawRow.named(row);
    }

    private static void checkWidth(List<String> header, List<String> fields, int line) {
        if (fields.size() != header.size()) {
            throw new HttpError(400, "Line " + line + " has " + fields.size() + " values but the header has "
                    + header.size() + ".");
        }
    }

    /**
     * MLflow JSON from the body: a plain dataframe_split is streamed (see {@link DataframeSplitReader}); every
     * other body, and every error, goes through the tree.
     */
    List<RawRow> mlflowJson(byte[] body) {
        List<RawRow> rows = dataframeSplit.read(body);
        return rows != null ? rows : mlflowJson(readJson(body));
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
