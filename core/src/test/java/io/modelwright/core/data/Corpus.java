package io.modelwright.core.data;

import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import io.modelwright.runtime.schema.ColumnType;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Loads files from the awkward-CSV corpus in src/test/resources/csv. */
final class Corpus {
    static final Path DIR = Path.of("src/test/resources/csv");

    private Corpus() {
    }

    static Path file(String name) {
        return DIR.resolve(name);
    }

    static ImportResult load(String name) {
        return load(name, ImportOptions.detect());
    }

    static ImportResult load(String name, ImportOptions options) {
        return new CsvImporter().load(file(name), options, ProgressListener.NONE, CancellationToken.create());
    }

    static ImportOptions skipBadRows() {
        return new ImportOptions(null, null, null, null, true, null, null);
    }

    static ImportOptions overrides(Map<String, ColumnType> types) {
        return new ImportOptions(null, null, null, null, false, null, types);
    }

    static ImportOptions dialect(Charset encoding, Character delimiter, Character decimal, Boolean header) {
        return new ImportOptions(encoding, delimiter, decimal, header, false, null, null);
    }

    static ImportOptions missingTokens(List<String> tokens) {
        return new ImportOptions(null, null, null, null, false, tokens, null);
    }
}
