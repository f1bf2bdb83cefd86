package io.modelwright.desktop.cli;

import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import io.modelwright.core.train.ComparisonResult;
import io.modelwright.core.train.LeaderboardEntry;
import io.modelwright.core.train.ModelComparison;
import io.modelwright.core.train.TrainingEngine;
import io.modelwright.core.train.TrainingRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code modelwright compare FILE --target COL ...}: trains several algorithms on the same folds and ranks them. */
@Command(name = "compare", mixinStandardHelpOptions = true, description = "Train several algorithms on the same folds and rank them.")
public final class CompareCommand implements Callable<Integer> {
    @Mixin
    TrainingOptions options = new TrainingOptions();

    @Option(names = "--algorithms", paramLabel = "ID", split = ",", description = "Algorithm ids to compare (default: every fast one for the task).")
    List<String> algorithms = new ArrayList<>();

    @Spec
    CommandSpec spec;

    private final TableSource source;

    /** Reads the file with the CSV importer. */
    public CompareCommand() {
        this(TableSource.CSV);
    }

    CompareCommand(TableSource source) {
        this.source = source;
    }

    @Override
    public Integer call() {
        TrainingRequest base = options.request(source).finalModel(false).build();
        ComparisonResult result = new ModelComparison(new TrainingEngine()).run(base, algorithms,
                ProgressListener.NONE, CancellationToken.create());
        PrintWriter out = spec.commandLine().getOut();
        out.println(options.json ? JsonOutput.write(json(result)) : summary(result));
        out.flush();
        return 0;
    }

    static Map<String, Object> json(ComparisonResult c) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LeaderboardEntry e : c.leaderboard()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("algorithm", e.algorithm());
            row.put("metrics", JsonOutput.finite(e.mean()));
            row.put("std", JsonOutput.finite(e.std()));
            row.put("significantlyWorseThanBest", e.significantlyWorseThanBest());
            if (e.error() != null) {
                row.put("error", e.error());
            }
            rows.add(row);
        }
        return Map.of("leaderboard", rows);
    }

    static String summary(ComparisonResult c) {
        StringBuilder s = new StringBuilder(String.format("%s, ranked by %s (%s), %s, seed %d%n", c.task().id(),
                c.mainMetric(), c.higherIsBetter() ? "higher is better" : "lower is better", c.validation(), c.seed()));
        int rank = 1;
        for (LeaderboardEntry e : c.leaderboard()) {
            if (e.error() != null) {
                s.append(String.format("  -  %-22s failed: %s%n", e.algorithm(), e.error()));
                continue;
            }
            s.append(String.format("  %d. %-22s %.4f ± %.4f%s%n", rank++, e.algorithm(), e.mean().get(c.mainMetric()),
                    e.std().get(c.mainMetric()), e.significantlyWorseThanBest() ? "  (clearly worse than the best)" : ""));
        }
        return s.toString().stripTrailing();
    }
}
