package io.modelwright.desktop.data;

import io.modelwright.core.data.CsvImporter;
import io.modelwright.core.data.ImportOptions;
import io.modelwright.core.data.ImportResult;
import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;

import java.nio.file.Path;

/** Turns a file into an imported table. The app uses core's CSV importer; tests pass a fake. */
@FunctionalInterface
public interface TableLoader {

    ImportResult load(Path file, ProgressListener progress, CancellationToken cancel) throws Exception;

    /** @return the real loader: core's {@link CsvImporter} with everything detected */
    static TableLoader csvImporter() {
        return (file, progress, cancel) -> new CsvImporter().load(file, ImportOptions.detect(), progress, cancel);
    }
}
