package io.modelwright.core.project;

import java.time.Instant;
import java.util.Map;

/**
 * One line of the run list: what listing needs, without the model or other large parts.
 *
 * @param runId      the run's id
 * @param created    when the run was made
 * @param task       e.g. classification
 * @param algorithm  the trainer's name
 * @param validation validation scheme, e.g. {@code cv:5}
 * @param metrics    each metric's headline value (mean over folds), by metric name
 * @param note       the user's note; empty when none
 */
public record RunSummary(String runId, Instant created, String task, String algorithm, String validation,
                         Map<String, Double> metrics, String note) {

    public RunSummary {
        metrics = Map.copyOf(metrics);
    }
}
