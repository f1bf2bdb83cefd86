package io.modelwright.desktop.history;

import io.modelwright.core.train.TrainingRequest;
import io.modelwright.core.train.TrainingResult;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Every run of the session, oldest first. Kept in memory for now; a project store can seed it with earlier runs
 * ({@link #RunHistory(List)}) and save what {@link #record} adds by listening to {@link #runs()}.
 */
public final class RunHistory {
    private final ObservableList<TrainingRun> runs = FXCollections.observableArrayList();
    private final ObservableList<TrainingRun> readOnly = FXCollections.unmodifiableObservableList(runs);

    public RunHistory() {
        this(List.of());
    }

    /** @param earlier runs loaded from a project, oldest first */
    public RunHistory(List<TrainingRun> earlier) {
        runs.addAll(earlier);
    }

    /** Adds a finished run and numbers it. Call on the FX thread. */
    public TrainingRun record(String algorithmName, TrainingRequest request, TrainingResult result) {
        int number = runs.isEmpty() ? 1 : runs.get(runs.size() - 1).number() + 1;
        TrainingRun run = new TrainingRun(number, algorithmName, request, result, LocalDateTime.now());
        runs.add(run);
        return run;
    }

    /** @return the runs, oldest first; read-only */
    public ObservableList<TrainingRun> runs() {
        return readOnly;
    }
}
