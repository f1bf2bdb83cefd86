package io.modelwright.desktop.data;

import io.modelwright.core.data.CsvImportException;
import io.modelwright.core.data.ImportResult;
import io.modelwright.desktop.testing.FxThread;
import io.modelwright.desktop.testing.TestTables;
import javafx.application.Platform;
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

import static org.assertj.core.api.Assertions.assertThat;

class LoadingViewModelTest {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final List<Throwable> shownErrors = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startFx() throws Exception {
        FxThread.start();
    }

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    private LoadingViewModel loadingWith(TableLoader loader) {
        return new LoadingViewModel(loader, executor, shownErrors::add);
    }

    @Test
    void startsIdleWithNothingLoaded() {
        LoadingViewModel loading = loadingWith((file, progress, cancel) -> TestTables.smallIris());

        assertThat(loading.state()).isEqualTo(LoadState.IDLE);
        assertThat(loading.resultProperty().get()).isNull();
        assertThat(loading.busy().get()).isFalse();
    }

    @Test
    void aSuccessfulLoadEndsLoadedWithTheTable() throws Exception {
        ImportResult iris = TestTables.smallIris();
        LoadingViewModel loading = loadingWith((file, progress, cancel) -> iris);

        FxThread.run(() -> loading.load(Path.of("iris.csv")));
        FxThread.waitUntil(() -> loading.state() != LoadState.LOADING);

        assertThat(loading.state()).isEqualTo(LoadState.LOADED);
        assertThat(loading.resultProperty().get()).isSameAs(iris);
        assertThat(loading.messageProperty().get()).isEqualTo("Loaded iris.csv.");
        assertThat(shownErrors).isEmpty();
    }

    @Test
    void thePreparationRunsOnTheLoadingThreadBeforeTheTableIsHandedOver() throws Exception {
        ImportResult iris = TestTables.smallIris();
        LoadingViewModel loading = loadingWith((file, progress, cancel) -> iris);
        List<String> seen = new CopyOnWriteArrayList<>();
        loading.prepareEachLoad(loaded -> seen.add((loaded == iris) + " " + Platform.isFxApplicationThread() + " "
                + (loading.resultProperty().get() == null)));

        FxThread.run(() -> loading.load(Path.of("iris.csv")));
        FxThread.waitUntil(() -> loading.state() != LoadState.LOADING);

        // Given the loaded table, off the JavaFX thread, while the result was still unset.
        assertThat(seen).containsExactly("true false true");
        assertThat(loading.resultProperty().get()).isSameAs(iris);
    }

    @Test
    void aFailingPreparationFailsTheLoadWithItsError() throws Exception {
        LoadingViewModel loading = loadingWith((file, progress, cancel) -> TestTables.smallIris());
        IllegalStateException problem = new IllegalStateException("The screen could not be built.");
        loading.prepareEachLoad(loaded -> {
            throw problem;
        });

        FxThread.run(() -> loading.load(Path.of("iris.csv")));
        FxThread.waitUntil(() -> loading.state() != LoadState.LOADING);

        assertThat(loading.state()).isEqualTo(LoadState.FAILED);
        assertThat(shownErrors).containsExactly(problem);
        assertThat(loading.resultProperty().get()).isNull();
    }

    @Test
    void aFailedLoadShowsTheErrorAndKeepsThePreviousTable() throws Exception {
        ImportResult iris = TestTables.smallIris();
        CsvImportException problem = new CsvImportException(Path.of("bad.csv"), 3, "Line 3 has too many fields.");
        LoadingViewModel loading = loadingWith((file, progress, cancel) -> {
            if (file.toString().equals("bad.csv")) {
                throw problem;
            }
            return iris;
        });
        FxThread.run(() -> loading.load(Path.of("iris.csv")));
        FxThread.waitUntil(() -> loading.state() == LoadState.LOADED);

        FxThread.run(() -> loading.load(Path.of("bad.csv")));
        FxThread.waitUntil(() -> loading.state() != LoadState.LOADING);

        assertThat(loading.state()).isEqualTo(LoadState.FAILED);
        assertThat(shownErrors).containsExactly(problem);
        assertThat(loading.resultProperty().get()).isSameAs(iris);
    }

    @Test
    void reportsBytesReadWhileLoading() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        LoadingViewModel loading = loadingWith((file, progress, cancel) -> {
            progress.progress(1_500_000, 3_000_000, "Reading data");
            release.await(5, TimeUnit.SECONDS);
            return TestTables.smallIris();
        });

        FxThread.run(() -> loading.load(Path.of("big.csv")));
        FxThread.waitUntil(() -> loading.progressProperty().get() == 0.5);

        assertThat(loading.busy().get()).isTrue();
        assertThat(FxThread.call(loading.messageProperty()::get)).isEqualTo("Reading data");
        assertThat(FxThread.call(loading.amountReadProperty()::get)).isEqualTo("1.5 MB of 3.0 MB");
        release.countDown();
        FxThread.waitUntil(() -> loading.state() == LoadState.LOADED);
        assertThat(loading.amountReadProperty().get()).isEmpty();
    }

    @Test
    void cancelStopsTheLoaderAndReturnsToIdle() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch loaderStopped = new CountDownLatch(1);
        LoadingViewModel loading = loadingWith((file, progress, cancel) -> {
            started.countDown();
            try {
                while (true) {
                    cancel.throwIfCancelled();
                    Thread.sleep(5);
                }
            } finally {
                loaderStopped.countDown();
            }
        });
        FxThread.run(() -> loading.load(Path.of("slow.csv")));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        FxThread.run(loading::cancel);

        FxThread.waitUntil(() -> loading.state() != LoadState.LOADING);
        assertThat(loading.state()).isEqualTo(LoadState.CANCELLED);
        assertThat(loading.busy().get()).isFalse();
        assertThat(loading.messageProperty().get()).isEqualTo("Loading slow.csv was cancelled.");
        assertThat(loaderStopped.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(shownErrors).isEmpty();
    }
}
