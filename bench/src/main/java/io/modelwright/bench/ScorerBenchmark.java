package io.modelwright.bench;

import io.modelwright.bench.score.ScorerBench;

/**
 * Scorer benchmark: the in-process ceiling of {@code Scorer.predict}, the HTTP scorer (single rows, 100-row
 * batches, latency at half of peak) against a constant-response JDK server, start-up to the first {@code /ping},
 * and the {@code batch} command on a 1M-row CSV. Prints one Markdown table.
 * <p>
 * Usage (from the repository root, after {@code mvn package}; see {@code bench/run-scorer.sh}):
 * {@code ScorerBenchmark [--seconds N] [--connections N] [--batch-rows N]}
 */
public final class ScorerBenchmark {
    private ScorerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ScorerBench.Options options = ScorerBench.Options.parse(args);
        new ScorerBench(options).run();
    }
}
