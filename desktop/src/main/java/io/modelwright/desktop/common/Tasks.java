package io.modelwright.desktop.common;

import javafx.concurrent.Worker;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The one way the desktop runs work in the background. Callbacks run on the FX thread.
 * <pre>{@code
 * Worker<ImportResult> worker = Tasks.create((progress, cancel) -> importer.load(file, progress, cancel))
 *         .onSuccess(this::show)
 *         .onError(CsvImportException.class, errors::show)
 *         .onCancelled(() -> state.set(IDLE))
 *         .runOn(executor);
 * }</pre>
 * The executor is injected so tests can run work on a thread they know (or on the calling thread).
 * Errors without a matching {@code onError} go to the default uncaught-exception handler, which shows them
 * in the error view: nothing fails silently.
 */
public final class Tasks {
    private Tasks() {
    }

    /** Starts describing work that reports progress and honours cancellation. */
    public static <T> Builder<T> create(BackgroundWork<T> work) {
        return new Builder<>(work);
    }

    /** Starts describing plain work that neither reports progress nor checks for cancellation. */
    public static <T> Builder<T> create(Callable<T> work) {
        return new Builder<>((progress, cancel) -> work.call());
    }

    /** Collects callbacks, then runs. */
    public static final class Builder<T> {
        private final BackgroundWork<T> work;
        private Consumer<? super T> onSuccess = result -> { };
        private Runnable onCancelled = () -> { };
        private final List<ErrorHandler<?>> errorHandlers = new ArrayList<>();

        private Builder(BackgroundWork<T> work) {
            this.work = Objects.requireNonNull(work);
        }

        public Builder<T> onSuccess(Consumer<? super T> handler) {
            this.onSuccess = Objects.requireNonNull(handler);
            return this;
        }

        /** Handles errors of this type (and subtypes); the first matching handler wins. */
        public <E extends Throwable> Builder<T> onError(Class<E> type, Consumer<? super E> handler) {
            errorHandlers.add(new ErrorHandler<>(type, handler));
            return this;
        }

        public Builder<T> onCancelled(Runnable handler) {
            this.onCancelled = Objects.requireNonNull(handler);
            return this;
        }

        /**
         * Submits the work.
         *
         * @return the running worker: bind to its progress and message; {@code cancel()} stops the work
         */
        public Worker<T> runOn(Executor executor) {
            ProgressTask<T> task = new ProgressTask<>(work);
            task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
            task.setOnCancelled(event -> onCancelled.run());
            task.setOnFailed(event -> handleError(task.getException()));
            executor.execute(task);
            return task;
        }

        private void handleError(Throwable error) {
            for (ErrorHandler<?> handler : errorHandlers) {
                if (handler.handles(error)) {
                    handler.accept(error);
                    return;
                }
            }
            Thread current = Thread.currentThread();
            current.getUncaughtExceptionHandler().uncaughtException(current, error);
        }
    }

    private record ErrorHandler<E extends Throwable>(Class<E> type, Consumer<? super E> handler) {
        boolean handles(Throwable error) {
            return type.isInstance(error);
        }

        void accept(Throwable error) {
            handler.accept(type.cast(error));
        }
    }
}
