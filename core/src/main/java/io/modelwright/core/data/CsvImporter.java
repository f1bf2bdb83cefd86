package io.modelwright.core.data;

import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;

import java.nio.file.Path;

/**
 * Reads a CSV file into a typed {@link DataTable}: detects the dialect, types each column with a reason,
 * profiles it and collects warnings.
 */
public final class CsvImporter {

    /**
     * Imports a file.
     *
     * @param file     the CSV file
     * @param options  overrides; {@link ImportOptions#detect()} to detect everything
     * @param progress receives bytes read / total bytes
     * @param cancel   checked regularly; cancelling throws {@link io.modelwright.core.task.CancelledException}
     * @return the table with its dialect, profiles and warnings
     * @throws CsvImportException with a message naming the file, line and column, and what to do
     */
    public ImportResult load(Path file, ImportOptions options, ProgressListener progress, CancellationToken cancel) {
        throw new UnsupportedOperationException("import is being written");
    }
}
