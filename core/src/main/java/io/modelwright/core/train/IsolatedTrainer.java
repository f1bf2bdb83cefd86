package io.modelwright.core.train;

import io.modelwright.core.ModelwrightException;
import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.CancelledException;
import io.modelwright.core.task.ProgressListener;
import io.modelwright.core.train.worker.WorkerProcess;

/**
 * Runs a {@link TrainingRequest} in a separate JVM so that Cancel really stops: Tribuo's {@code train()} ignores
 * interrupts, but a process can be killed. A crash or an out-of-memory error in the worker becomes a
 * {@link ModelwrightException} here and never takes the app down.
 * <p>
 * The worker runs on this JVM's class path with the given heap limit; the table travels as a compact binary
 * file, the settings as JSON, and the model comes back as Tribuo protobuf.
 */
public final class IsolatedTrainer {
    private final int maxHeapMegabytes;

    /** A trainer whose worker gets the JVM's default heap. */
    public IsolatedTrainer() {
        this(0);
    }

    /** @param maxHeapMegabytes the worker's heap limit ({@code -Xmx}), or 0 for the JVM default */
    public IsolatedTrainer(int maxHeapMegabytes) {
        this.maxHeapMegabytes = maxHeapMegabytes;
    }

    /**
     * Trains in a worker process.
     *
     * @throws CancelledException once the worker has been killed after {@code cancel}
     * @throws ModelwrightException for bad input, out of memory or a crash of the worker, in words
     */
    public TrainingResult run(TrainingRequest request, ProgressListener progress, CancellationToken cancel) {
        return new WorkerProcess(maxHeapMegabytes).run(request, progress, cancel);
    }
}
