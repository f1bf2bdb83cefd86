package io.modelwright.core.task;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A cooperative cancel flag shared between the one who asks to stop and the work that checks it.
 */
public final class CancellationToken {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** @return a fresh token that nobody has cancelled */
    public static CancellationToken create() {
        return new CancellationToken();
    }

    /** Asks the work to stop at its next check. */
    public void cancel() {
        cancelled.set(true);
    }

    /** @return true once {@link #cancel()} was called */
    public boolean isCancelled() {
        return cancelled.get();
    }

    /**
     * Called by the work at safe points.
     *
     * @throws CancelledException if cancel was requested
     */
    public void throwIfCancelled() {
        if (cancelled.get()) {
            throw new CancelledException();
        }
    }
}
