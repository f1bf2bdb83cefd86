package io.modelwright.desktop.cli;

import io.modelwright.core.data.DataTable;
import io.modelwright.core.data.ImportOptions;
import io.modelwright.core.train.Task;
import io.modelwright.core.train.TrainingRequest;
import io.modelwright.core.train.ValidationScheme;
import io.modelwright.runtime.schema.ColumnType;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The options {@code train} and {@code compare} share, and how they fill a {@link TrainingRequest}. */
final class TrainingOptions {
    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file.")
    Path file;

    @Option(names = "--target", paramLabel = "COL", description = "The column to predict (optional for clustering and anomaly).")
    String target;

    @Option(names = "--task", paramLabel = "TASK", description = "classification, regression, clustering or anomaly (suggested from the target when left out).")
    String task;

    @Option(names = "--validation", paramLabel = "SCHEME", description = "cv:K (default cv:5) or holdout:FRACTION, e.g. holdout:0.2.")
    String validation = "cv:5";

    @Option(names = "--seed", paramLabel = "N", description = "Seed for splits and training (default 42).")
    long seed = 42;

    @Option(names = "--ignore", paramLabel = "COL", split = ",", description = "Columns to leave out, comma-separated.")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--type", paramLabel = "COL=TYPE", description = "Override a column's type at import, e.g. --type zip=categorical.")
    Map<String, String> types = new LinkedHashMap<>();

    @Option(names = "--json", description = "Print JSON instead of a summary.")
    boolean json;

    @Mixin
    DebugOption debug;

    Map<String, ColumnType> typeOverrides() {
        Map<String, ColumnType> out = new LinkedHashMap<>();
        types.forEach((c, t) -> out.put(c, ColumnType.fromId(t)));
        return out;
    }

    TrainingRequest.Builder request(TableSource source) {
        return request(source.load(file, typeOverrides()));
    }

    /** @return import options that detect the dialect and apply the user's type overrides */
    ImportOptions importOptions() {
        return new ImportOptions(null, null, null, null, false, null, typeOverrides());
    }

    TrainingRequest.Builder request(DataTable table) {
        Map<String, ColumnType> overrides = typeOverrides();
        ValidationScheme scheme = ValidationScheme.parse(validation);
        TrainingRequest.Builder b = TrainingRequest.builder().table(table).target(target)
                .task(task == null ? null : Task.fromId(task)).validation(scheme).seed(seed).ignore(ignore);
        overrides.forEach(b::typeOverride);
        return b;
    }
}
