package io.modelwright.desktop.export;

import io.modelwright.core.ModelwrightException;
import io.modelwright.core.experiment.ExportRequests;
import io.modelwright.core.export.ExportRequest;
import io.modelwright.desktop.history.TrainingRun;

import java.nio.file.Path;

/**
 * Maps a finished run to what the exporter needs: core's {@link ExportRequests} (held-out rows = the rows validation
 * scored, with the final model's predictions made through the scorer's own code), plus what the person typed in
 * the wizard. The CLI's {@code export} command builds its request the same way.
 */
public final class RunExportRequests {
    /** Held-out rows replayed at most (core's {@code ExportRequests.MAX_HELD_OUT}); all of them when fewer. */
    static final int MAX_HELD_OUT = 5_000;

    private RunExportRequests() {
    }

    /**
     * @param details  name, version, intended use and limitations as the person typed them
     * @param dataFile the CSV the table came from (fingerprinted in the manifest)
     */
    public static ExportRequest from(TrainingRun run, ExportDetails details, Path dataFile) {
        if (dataFile == null) {
            throw new ModelwrightException("The data file of this run is not known, so the export cannot record "
                    + "which data trained it. Open the CSV again, train, and export.");
        }
        ExportRequest r = ExportRequests.from(run.result(), run.request().table(), run.request().target(), dataFile);
        return new ExportRequest(details.name(), details.version(), r.task(), r.target(), r.model(), r.featurizer(),
                r.algorithmId(), r.hyperparameters(), r.seed(), r.metrics(), r.metricsStd(), r.trainingData(),
                r.exampleRows(), r.heldOut(), details.intendedUse(), details.limitations(), r.scorerJar());
    }
}
