package io.modelwright.core.experiment;

import java.util.List;

/**
 * The outcome of training a recorded run again.
 *
 * @param runId       the run
 * @param identical   true when the data, every metric (exactly, per fold) and every held-out prediction match
 * @param differences what differs, one sentence each (data, versions, metrics, predictions); empty when identical
 * @param notes       what a person should know that is not a difference (e.g. the embedded data copy was used)
 */
public record ReproduceReport(String runId, boolean identical, List<String> differences, List<String> notes) {

    public ReproduceReport {
        differences = List.copyOf(differences);
        notes = List.copyOf(notes);
    }
}
