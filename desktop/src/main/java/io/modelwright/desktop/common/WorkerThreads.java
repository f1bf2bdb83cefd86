package io.modelwright.desktop.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The app's pool for background work: daemon threads, so an unfinished job never keeps the app alive, at a lower
 * OS priority than the window ({@link BackgroundPriority}).
 */
public final class WorkerThreads {
    private WorkerThreads() {
    }

    public static ExecutorService newExecutor() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(() -> {
                BackgroundPriority.lowerCurrentThread();
                runnable.run();
            }, "modelwright-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs {@code action} when the JVM shuts down (Ctrl+C, SIGTERM), e.g. to drain a server's requests. */
    public static void onShutdown(String name, Runnable action) {
        Runtime.getRuntime().addShutdownHook(new Thread(action, name));
    }
}
