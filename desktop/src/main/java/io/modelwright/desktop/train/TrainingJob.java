package io.modelwright.desktop.train;

import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import io.modelwright.core.train.TrainingRequest;
import io.modelwright.desktop.common.BackgroundWork;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains one or more requests in turn with core's trainer (the CLI's code path), reporting "Fold 2 of 5 — logistic
 * regression" with overall progress across all models.
 */
final class TrainingJob implements BackgroundWork<List<CompletedTraining>> {
    private static final long STEPS_PER_MODEL = 1000;

    private final List<TrainingRequest> requests;
    private final TrainingRunner runner;

    TrainingJob(List<TrainingRequest> requests, TrainingRunner runner) {
        this.requests = List.copyOf(requests);
        this.runner = runner;
    }

    @Override
    public List<CompletedTraining> run(ProgressListener progress, CancellationToken cancel) {
        List<CompletedTraining> done = new ArrayList<>();
        int models = requests.size();
        for (int i = 0; i < models; i++) {
            cancel.throwIfCancelled();
            TrainingRequest request = requests.get(i);
            String suffix = " — " + lowerFirst(request.algorithm().displayName())
                    + (models > 1 ? " (model " + (i + 1) + " of " + models + ")" : "");
            long offset = i * STEPS_PER_MODEL;
            ProgressListener perModel = (step, total, message) -> progress.progress(
                    offset + (total > 0 ? step * STEPS_PER_MODEL / total : 0), models * STEPS_PER_MODEL,
                    message + suffix);
            progress.progress(offset, models * STEPS_PER_MODEL, "Preparing" + suffix);
            done.add(new CompletedTraining(request, runner.run(request, perModel, cancel)));
        }
        return done;
    }

    static String lowerFirst(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }
}
