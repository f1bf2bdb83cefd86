package io.modelwright.desktop.cli;

import io.modelwright.core.data.CategoricalColumn;
import io.modelwright.core.data.Column;
import io.modelwright.core.data.DataTable;
import io.modelwright.core.data.NumericColumn;
import io.modelwright.runtime.schema.ColumnType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A test-only stand-in for the CSV importer (numbers → NUMERIC, else CATEGORICAL, type overrides honoured for
 * text/categorical), so CLI tests run before the importer lands.
 */
final class CsvTestTables implements TableSource {
    static final Path SAMPLES = Path.of("..", "sample-data");

    @Override
    public DataTable load(Path file, Map<String, ColumnType> types) {
        try (Reader in = Files.newBufferedReader(file);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            List<CSVRecord> records = parser.getRecords();
            List<Column> columns = new ArrayList<>();
            for (String h : parser.getHeaderNames()) {
                List<String> cells = records.stream().map(r -> r.get(h).trim()).toList();
                columns.add(column(h, cells, types.get(h)));
            }
            return new DataTable(columns, records.size());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Column column(String name, List<String> cells, ColumnType forced) {
        boolean numeric = cells.stream().allMatch(c -> c.isEmpty() || c.equals("NA") || isNumber(c));
        if (forced == null && numeric) {
            double[] v = cells.stream().mapToDouble(c -> c.isEmpty() || c.equals("NA") ? Double.NaN
                    : Double.parseDouble(c)).toArray();
            int missing = (int) java.util.Arrays.stream(v).filter(Double::isNaN).count();
            return new NumericColumn(name, ColumnType.NUMERIC, "test", v, null, missing);
        }
        Map<String, Integer> codes = new LinkedHashMap<>();
        int[] c = new int[cells.size()];
        int missing = 0;
        for (int i = 0; i < c.length; i++) {
            String s = cells.get(i);
            if (s.isEmpty() || s.equals("NA")) {
                c[i] = -1;
                missing++;
            } else {
                c[i] = codes.computeIfAbsent(s, k -> codes.size());
            }
        }
        return new CategoricalColumn(name, forced == null ? ColumnType.CATEGORICAL : forced, "test", c,
                new ArrayList<>(codes.keySet()), missing);
    }
}
