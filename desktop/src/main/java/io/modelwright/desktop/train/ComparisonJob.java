package io.modelwright.desktop.train;

import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import io.modelwright.core.train.ComparisonResult;
import io.modelwright.core.train.LeaderboardEntry;
import io.modelwright.core.train.ModelComparison;
import io.modelwright.core.train.TrainingEngine;
import io.modelwright.core.train.TrainingRequest;
import io.modelwright.core.train.TrainingRequestException;
import io.modelwright.desktop.common.BackgroundWork;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares algorithms with core's {@link ModelComparison} (same folds, same seed, each with its defaults), as the
 * CLI's compare does. Its progress ("Logistic regression: Fold 2 of 5") is shown as "Fold 2 of 5 — logistic
 * regression (model 1 of 3)". Algorithms that fail are reported together after the others finished.
 */
final class ComparisonJob implements BackgroundWork<List<CompletedTraining>> {
    private static final Pattern FOLD = Pattern.compile("Fold (\\d+) of (\\d+)");
    private static final long STEPS_PER_MODEL = 1000;

    private final TrainingRequest base;
    private final List<String> algorithms;

    ComparisonJob(TrainingRequest base, List<String> algorithms) {
        this.base = base;
        this.algorithms = List.copyOf(algorithms);
    }

    @Override
    public List<CompletedTraining> run(ProgressListener progress, CancellationToken cancel) {
        ComparisonResult comparison = new ModelComparison(new TrainingEngine())
                .run(base, algorithms, (done, total, message) -> report(progress, done, total, message), cancel);
        List<CompletedTraining> done = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (LeaderboardEntry entry : comparison.leaderboard()) {
            if (entry.error() != null) {
                failures.add(entry.displayName() + " could not be trained: " + entry.error());
                continue;
            }
            TrainingRequest request = base.toBuilder().algorithm(entry.algorithm()).hyperparameters(Map.of())
                    .finalModel(false).build();
            done.add(new CompletedTraining(request, entry.result()));
        }
        if (!failures.isEmpty() && done.isEmpty()) {
            throw new TrainingRequestException(failures);
        }
        return done;
    }

    private void report(ProgressListener progress, long model, long models, String message) {
        int colon = message.indexOf(": ");
        if (colon < 0 || models <= 0) {
            progress.progress(model * STEPS_PER_MODEL, models * STEPS_PER_MODEL, message);
            return;
        }
        String name = message.substring(0, colon);
        String step = message.substring(colon + 2);
        long within = 0;
        Matcher fold = FOLD.matcher(step);
        if (fold.find()) {
            within = (Long.parseLong(fold.group(1)) - 1) * STEPS_PER_MODEL / Long.parseLong(fold.group(2));
        }
        progress.progress(model * STEPS_PER_MODEL + within, models * STEPS_PER_MODEL,
                step + " — " + TrainingJob.lowerFirst(name) + " (model " + (model + 1) + " of " + models + ")");
    }
}
