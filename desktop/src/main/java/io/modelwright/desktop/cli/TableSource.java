package io.modelwright.desktop.cli;

import io.modelwright.core.data.CsvImporter;
import io.modelwright.core.data.DataTable;
import io.modelwright.core.data.ImportOptions;
import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import io.modelwright.runtime.schema.ColumnType;

import java.nio.file.Path;
import java.util.Map;

/** Where a command gets its table: the CSV importer, or a test's own table. */
@FunctionalInterface
interface TableSource {
    /** Imports with the importer, applying the user's type overrides. */
    TableSource CSV = (file, types) -> new CsvImporter().load(file,
            new ImportOptions(null, null, null, null, false, null, types), ProgressListener.NONE,
            CancellationToken.create()).table();

    DataTable load(Path file, Map<String, ColumnType> typeOverrides);
}
