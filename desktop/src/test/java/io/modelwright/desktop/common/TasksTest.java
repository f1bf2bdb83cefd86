package io.modelwright.desktop.common;

import io.modelwright.core.data.CsvImportException;
import io.modelwright.desktop.testing.FxThread;
import javafx.concurrent.Worker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class TasksTest {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final List<String> events = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startFx() throws Exception {
        FxThread.start();
    }

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void deliversTheResultOnTheFxThread() throws Exception {
        AtomicBoolean onFxThread = new AtomicBoolean();
        Tasks.create(() -> 42)
                .onSuccess(value -> {
                    onFxThread.set(javafx.application.Platform.isFxApplicationThread());
                    events.add("success " + value);
                })
                .runOn(executor);

        FxThread.waitUntil(() -> !events.isEmpty());
        assertThat(events).containsExactly("success 42");
        assertThat(onFxThread).isTrue();
    }

    @Test
    void sendsAnErrorToTheFirstMatchingHandler() throws Exception {
        Tasks.create(() -> {
                    throw new CsvImportException(Path.of("a.csv"), 3, "Line 3 has 4 fields but the header has 3.");
                })
                .onError(IllegalStateException.class, e -> events.add("wrong handler"))
                .onError(CsvImportException.class, e -> events.add("import: " + e.getMessage()))
                .onError(Throwable.class, e -> events.add("too general"))
                .runOn(executor);

        FxThread.waitUntil(() -> !events.isEmpty());
        assertThat(events).containsExactly("import: Line 3 has 4 fields but the header has 3.");
    }

    @Test
    void adaptsCoreProgressToTheWorker() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Worker<String> worker = FxThread.call(() -> Tasks.create((progress, cancel) -> {
            progress.progress(250, 1000, "Reading data");
            release.await(5, TimeUnit.SECONDS);
            return "done";
        }).runOn(executor));

        FxThread.waitUntil(() -> worker.getProgress() == 0.25);
        assertThat(FxThread.call(worker::getMessage)).isEqualTo("Reading data");
        assertThat(FxThread.call(worker::getTotalWork)).isEqualTo(1000.0);
        release.countDown();
        FxThread.waitUntil(() -> worker.getState() == Worker.State.SUCCEEDED);
    }

    @Test
    void cancelStopsTheWorkThroughItsTokenAndReportsCancelled() throws Exception {
        AtomicReference<Boolean> stoppedByToken = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        Worker<String> worker = FxThread.call(() -> Tasks.<String>create((progress, cancel) -> {
                    started.countDown();
                    while (!cancel.isCancelled()) {
                        Thread.onSpinWait();
                    }
                    stoppedByToken.set(true);
                    cancel.throwIfCancelled();
                    return "never";
                })
                .onSuccess(value -> events.add("success"))
                .onError(Throwable.class, e -> events.add("error " + e))
                .onCancelled(() -> events.add("cancelled"))
                .runOn(executor));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        FxThread.run(worker::cancel);

        FxThread.waitUntil(() -> !events.isEmpty());
        executor.shutdown();
        assertThat(executor.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        assertThat(events).containsExactly("cancelled");
        assertThat(stoppedByToken.get()).isTrue();
    }

    @Test
    void runsOnTheCallingThreadWithADirectExecutor() throws Exception {
        AtomicReference<String> workerThread = new AtomicReference<>();
        FxThread.run(() -> Tasks.create(() -> {
            workerThread.set(Thread.currentThread().getName());
            return "now";
        }).onSuccess(events::add).runOn(Runnable::run));

        FxThread.waitUntil(() -> !events.isEmpty());
        assertThat(events).containsExactly("now");
        assertThat(workerThread.get()).isEqualTo(FxThread.call(() -> Thread.currentThread().getName()));
    }
}
