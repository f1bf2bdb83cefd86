package io.modelwright.desktop.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** {@code PROJECT --run ID}: the saved run a command works on, shared by {@code export} and {@code reproduce}. */
final class SavedRunOptions {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.mwproj).")
    Path projectFile;

    @Option(names = "--run", required = true, paramLabel = "ID", description = "The run id (see 'modelwright runs').")
    String runId;
}
