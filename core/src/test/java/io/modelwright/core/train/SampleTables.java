package io.modelwright.core.train;

import io.modelwright.core.data.CategoricalColumn;
import io.modelwright.core.data.Column;
import io.modelwright.core.data.DataTable;
import io.modelwright.core.data.NumericColumn;
import io.modelwright.runtime.schema.ColumnType;
import io.modelwright.runtime.schema.DatetimeParsing;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny test-only CSV reader for the files in sample-data, so training tests do not depend on the importer:
 * numbers become NUMERIC, anything else CATEGORICAL; cars' Year is a DATETIME and Name is TEXT.
 */
final class SampleTables {
    private static final Path DIR = Path.of("..", "sample-data");

    private SampleTables() {
    }

    static DataTable load(String name) {
        Map<String, ColumnType> types = new LinkedHashMap<>();
        if (name.equals("cars")) {
            types.put("Year", ColumnType.DATETIME);
            types.put("Name", ColumnType.TEXT);
        }
        return load(name, types);
    }

    static DataTable load(String name, Map<String, ColumnType> types) {
        try (Reader in = Files.newBufferedReader(DIR.resolve(name + ".csv"), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            List<String> headers = parser.getHeaderNames();
            List<CSVRecord> records = parser.getRecords();
            List<Column> columns = new ArrayList<>();
            for (String h : headers) {
                List<String> cells = records.stream().map(r -> r.get(h).trim()).toList();
                columns.add(column(h, cells, types.get(h)));
            }
            return new DataTable(columns, records.size());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a copy of the table without the named columns */
    static DataTable drop(DataTable table, String... names) {
        List<String> gone = List.of(names);
        return new DataTable(table.columns().stream().filter(c -> !gone.contains(c.name())).toList(),
                table.rowCount());
    }

    static Column column(String name, List<String> cells, ColumnType forced) {
        if (forced == ColumnType.DATETIME) {
            double[] v = new double[cells.size()];
            int missing = 0;
            for (int i = 0; i < v.length; i++) {
                String c = cells.get(i);
                v[i] = missing(c) ? Double.NaN : DatetimeParsing.toEpochSeconds(c, "uuuu-MM-dd");
                missing += missing(c) ? 1 : 0;
            }
            return new NumericColumn(name, ColumnType.DATETIME, "test", v, "uuuu-MM-dd", missing);
        }
        if (forced == null && cells.stream().allMatch(c -> missing(c) || isNumber(c))) {
            double[] v = new double[cells.size()];
            int missing = 0;
            for (int i = 0; i < v.length; i++) {
                v[i] = missing(cells.get(i)) ? Double.NaN : Double.parseDouble(cells.get(i));
                missing += missing(cells.get(i)) ? 1 : 0;
            }
            return new NumericColumn(name, ColumnType.NUMERIC, "test", v, null, missing);
        }
        Map<String, Integer> codes = new LinkedHashMap<>();
        int[] c = new int[cells.size()];
        int missing = 0;
        for (int i = 0; i < c.length; i++) {
            String s = cells.get(i);
            if (missing(s)) {
                c[i] = -1;
                missing++;
            } else {
                c[i] = codes.computeIfAbsent(s, k -> codes.size());
            }
        }
        return new CategoricalColumn(name, forced == null ? ColumnType.CATEGORICAL : forced, "test", c,
                new ArrayList<>(codes.keySet()), missing);
    }

    private static boolean missing(String s) {
        return s.isEmpty() || s.equals("NA");
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
