package io.modelwright.core.train;

import io.modelwright.core.ModelwrightException;
import io.modelwright.core.data.DataTable;
import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;

import io.modelwright.core.eval.CorrectedResampledTTest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains several algorithms on the SAME folds with the same seed and ranks them by the task's main metric.
 * Entries worse than the best by a corrected resampled t-test (p &lt; 0.05) are flagged: the others may just be
 * lucky or unlucky on these folds.
 */
public final class ModelComparison {
    /** Significance level of the t-test. */
    public static final double ALPHA = 0.05;

    private final TrainingEngine engine;

    /** @param engine the engine (and its metrics calculator) to train with */
    public ModelComparison(TrainingEngine engine) {
        this.engine = engine;
    }

    /**
     * Compares algorithms on a table.
     *
     * @param algorithms ids to compare; empty for every algorithm of the task that is fast on large data
     */
    public static ComparisonResult run(DataTable table, String target, List<String> algorithms,
                                       ValidationScheme validation, long seed, ProgressListener progress,
                                       CancellationToken cancel) {
        TrainingRequest base = TrainingRequest.builder().table(table).target(target).validation(validation)
                .seed(seed).build();
        return new ModelComparison(new TrainingEngine()).run(base, algorithms, progress, cancel);
    }

    /**
     * Compares algorithms using a request's data, task, validation and seed (its algorithm is ignored).
     *
     * @param algorithms ids to compare; empty for every algorithm of the task that is fast on large data
     */
    public ComparisonResult run(TrainingRequest base, List<String> algorithms, ProgressListener progress,
                                CancellationToken cancel) {
        List<String> ids = algorithms == null || algorithms.isEmpty() ? defaults(base.task()) : algorithms;
        List<TrainingRequest> requests = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String id : ids) {
            try {
                requests.add(base.toBuilder().algorithm(id).clearHyperparameters().finalModel(false).build());
            } catch (TrainingRequestException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new TrainingRequestException(problems);
        }
        List<LeaderboardEntry> entries = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            cancel.throwIfCancelled();
            TrainingRequest r = requests.get(i);
            int index = i;
            ProgressListener inner = (done, total, message) -> progress.progress(index, requests.size(),
                    r.algorithm().displayName() + ": " + message);
            entries.add(train(r, inner, cancel));
        }
        progress.progress(requests.size(), requests.size(), "Done");
        return rank(base, entries);
    }

    private LeaderboardEntry train(TrainingRequest r, ProgressListener progress, CancellationToken cancel) {
        try {
            TrainingResult result = engine.run(r, progress, cancel);
            Map<String, double[]> perFold = new LinkedHashMap<>();
            result.mean().keySet().forEach(m -> perFold.put(m, result.foldValues(m)));
            return new LeaderboardEntry(r.algorithm().id(), r.algorithm().displayName(), result.mean(), result.std(),
                    perFold, Double.NaN, false, null, result);
        } catch (ModelwrightException e) {
            return new LeaderboardEntry(r.algorithm().id(), r.algorithm().displayName(), Map.of(), Map.of(), Map.of(),
                    Double.NaN, false, e.getMessage(), null);
        }
    }

    private ComparisonResult rank(TrainingRequest base, List<LeaderboardEntry> entries) {
        MetricsCalculator metrics = engine.metrics();
        String main = metrics.mainMetric(base.task());
        boolean higher = metrics.higherIsBetter(main);
        Comparator<LeaderboardEntry> byMain = Comparator.comparingDouble(e -> {
            Double v = e.mean().get(main);
            return v == null || v.isNaN() ? Double.NEGATIVE_INFINITY : higher ? v : -v;
        });
        List<LeaderboardEntry> sorted = new ArrayList<>(entries);
        sorted.sort(byMain.reversed());
        List<LeaderboardEntry> out = new ArrayList<>();
        LeaderboardEntry best = sorted.isEmpty() || sorted.get(0).error() != null ? null : sorted.get(0);
        for (LeaderboardEntry e : sorted) {
            if (best == null || e == best || e.error() != null || !e.perFold().containsKey(main)
                    || !best.perFold().containsKey(main)) {
                out.add(e);
                continue;
            }
            FoldResult f = best.result().folds().get(0);
            double p = CorrectedResampledTTest.compare(best.perFold().get(main), e.perFold().get(main),
                    (double) f.testRows() / f.trainRows()).pValue();
            boolean worse = p < ALPHA && (higher ? e.mean().get(main) < best.mean().get(main)
                    : e.mean().get(main) > best.mean().get(main));
            out.add(new LeaderboardEntry(e.algorithm(), e.displayName(), e.mean(), e.std(), e.perFold(), p, worse,
                    null, e.result()));
        }
        return new ComparisonResult(base.task(), main, higher, base.validation().toString(), base.seed(),
                List.copyOf(out));
    }

    /** @return the algorithms compared when the person names none: every one that is fast on large data */
    public static List<String> defaults(Task task) {
        return AlgorithmCatalog.forTask(task).stream().filter(a -> !a.slowOnLargeData()).filter(NativeSupport::canRun)
                .filter(a -> !a.id().equals("naive-bayes")).map(AlgorithmSpec::id).toList();
    }
}
