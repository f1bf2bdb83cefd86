package io.modelwright.desktop.train;

import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import io.modelwright.core.train.IsolatedTrainer;
import io.modelwright.core.train.TrainingEngine;
import io.modelwright.core.train.TrainingRequest;
import io.modelwright.core.train.TrainingResult;

/** Where one request is trained: core's engine in this JVM, or a worker process that Cancel can kill. */
@FunctionalInterface
public interface TrainingRunner {

    TrainingResult run(TrainingRequest request, ProgressListener progress, CancellationToken cancel);

    /** Trains in a separate JVM ({@link IsolatedTrainer}): Cancel stops at once, a crash never takes the app down. */
    static TrainingRunner isolated() {
        return new IsolatedTrainer()::run;
    }

    /** Trains in this JVM; Cancel takes effect between folds. */
    static TrainingRunner inProcess() {
        return new TrainingEngine()::run;
    }
}
