package io.modelwright.desktop.common;

import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.CancelledException;
import io.modelwright.core.task.ProgressListener;
import javafx.concurrent.Task;

/**
 * A JavaFX {@link Task} around {@link BackgroundWork}: core's progress reports become
 * {@code updateProgress}/{@code updateMessage}, and cancelling the task also cancels the work's token,
 * so the work really stops instead of running on unseen.
 */
final class ProgressTask<T> extends Task<T> {
    private final BackgroundWork<T> work;
    private final CancellationToken token = CancellationToken.create();

    ProgressTask(BackgroundWork<T> work) {
        this.work = work;
    }

    @Override
    protected T call() throws Exception {
        ProgressListener listener = (done, total, message) -> {
            if (total > 0) {
                updateProgress(done, total);
            } else {
                updateProgress(-1, -1);
            }
            if (message != null) {
                updateMessage(message);
            }
        };
        try {
            return work.run(listener, token);
        } catch (CancelledException e) {
            // Usually the user asked for this and the task is already CANCELLED; make sure it ends that way.
            cancel(false);
            return null;
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        token.cancel();
        return super.cancel(mayInterruptIfRunning);
    }
}
