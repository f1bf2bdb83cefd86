package io.modelwright.core.data;

import io.modelwright.core.task.CancellationToken;
import io.modelwright.runtime.schema.ColumnType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Turns parsed chunks into the import result: checks that there are rows and no bad ones (unless skipping was asked
 * for), names the columns, joins each column's chunks, types and profiles it (one column per task, on all cores) and
 * collects the warnings.
 */
final class TableAssembler {
    private TableAssembler() {
    }

    static ImportResult assemble(Path file, CsvDialect dialect, List<ChunkParser.Result> parts, int fields,
                                 ImportOptions options, CancellationToken cancel) {
        ChunkParser.Result first = parts.get(0);
        ColumnAccumulator[] columns = first.columns();
        int rows = 0;
        for (ChunkParser.Result part : parts) {
            rows += part.rows();
        }
        checkRows(file, dialect, first, rows, fields, options.skipBadRows());
        cancel.throwIfCancelled();
        HeaderNames.Result names = HeaderNames.of(first.header(), fields);
        for (String name : options.typeOverrides().keySet()) {
            if (!names.names().contains(name)) {
                throw new UnknownColumnException(name, names.names());
            }
        }
        // One task per column joins its chunks, types and profiles it: no core waits for all columns to finish a step.
        List<Profiled> done = IntStream.range(0, fields).parallel().mapToObj(c -> {
            for (ChunkParser.Result part : parts.subList(1, parts.size())) {
                columns[c].append(part.columns()[c]);
            }
            Column column = build(names.names().get(c), columns[c], options.typeOverrides());
            return new Profiled(column, ColumnProfiler.profile(column));
        }).toList();
        List<Column> typed = done.stream().map(Profiled::column).toList();
        DataTable table = new DataTable(typed, rows);
        Map<String, ColumnProfile> profiles = new LinkedHashMap<>();
        for (Profiled p : done) {
            profiles.put(p.column().name(), p.profile());
        }
        List<DataWarning> warnings = new ArrayList<>(names.warnings());
        warnings.addAll(DataWarningFinder.find(table, profiles));
        if (first.badRows() > 0) {
            warnings.add(DataWarningFinder.skippedRows(first.badRows(), first.firstBadLine(), fields));
        }
        return new ImportResult(file, dialect, table, profiles, warnings, first.badRows());
    }

    private record Profiled(Column column, ColumnProfile profile) {
    }

    private static Column build(String name, ColumnAccumulator acc, Map<String, ColumnType> overrides) {
        ColumnType forced = overrides.get(name);
        return forced == null ? ColumnTypeInferrer.infer(name, acc) : ColumnTypeOverride.apply(name, acc, forced);
    }

    private static void checkRows(Path file, CsvDialect dialect, ChunkParser.Result first, int rows, int fields,
                                  boolean skipBadRows) {
        if (dialect.header() && first.header() == null) {
            throw new CsvImportException(file, 0, file + " is empty: there is nothing to import.");
        }
        if (rows == 0 && first.badRows() == 0) {
            throw new CsvImportException(file, 1, file + " has a header line but no data rows. Check that you "
                    + "picked the right file and that it was saved completely.");
        }
        if (first.badRows() > 0 && (!skipBadRows || rows == 0)) {
            throw RaggedRows.exception(file, dialect, first, fields, skipBadRows);
        }
    }
}
