package io.modelwright.desktop.testing;

import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import io.modelwright.core.train.TrainingEngine;
import io.modelwright.core.train.TrainingRequest;
import io.modelwright.core.train.ValidationScheme;
import io.modelwright.desktop.history.RunHistory;
import io.modelwright.desktop.history.TrainingRun;

/** Runs trained on iris through the real engine, for Results and History tests. */
public final class TrainedRuns {
    private TrainedRuns() {
    }

    /** Trains an iris classifier with 5-fold cross-validation and records it in the history. */
    public static TrainingRun iris(RunHistory history, String algorithm) {
        TrainingRequest request = TrainingRequest.builder().table(TestTables.iris().table()).target("species")
                .algorithm(algorithm).validation(ValidationScheme.crossValidation(5)).build();
        return history.record(request.algorithm().displayName(), request,
                new TrainingEngine().run(request, ProgressListener.NONE, CancellationToken.create()));
    }
}
