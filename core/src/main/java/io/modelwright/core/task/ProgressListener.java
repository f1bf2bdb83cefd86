package io.modelwright.core.task;

/**
 * Receives progress from long-running core work (import, training, export).
 * Implementations must be cheap and thread-safe: core calls them from worker threads.
 * The desktop adapts this to JavaFX; core never sees JavaFX types.
 */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores everything. */
    ProgressListener NONE = (done, total, message) -> { };

    /**
     * @param done    units of work finished so far
     * @param total   units in all, or -1 when unknown
     * @param message a short phrase for a status line ("Reading data", "Fold 2 of 5")
     */
    void progress(long done, long total, String message);
}
