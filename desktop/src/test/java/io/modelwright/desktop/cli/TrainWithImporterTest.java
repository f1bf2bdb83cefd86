package io.modelwright.desktop.cli;

import io.modelwright.core.data.CsvImporter;
import io.modelwright.core.data.ImportOptions;
import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * End to end through the real CSV importer. SKIPPED until the importer lands (branch import): it then runs
 * automatically, no change needed.
 */
class TrainWithImporterTest {

    private static boolean importerWorks() {
        try {
            new CsvImporter().load(CsvTestTables.SAMPLES.resolve("iris.csv"), ImportOptions.detect(),
                    ProgressListener.NONE, CancellationToken.create());
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    @Test
    void trainsFromACsvFileOnTheCommandLine() {
        assumeTrue(importerWorks(), "CsvImporter is not implemented on this branch yet");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ModelwrightCli.run(new String[] {"train", CsvTestTables.SAMPLES.resolve("iris.csv").toString(),
                "--target", "species", "--algorithm", "logistic-regression", "--json"},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"accuracy\"").contains("\"folds\"");
    }
}
