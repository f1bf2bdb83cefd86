package io.modelwright.bench.ui;

import io.modelwright.core.train.AlgorithmCatalog;
import io.modelwright.core.train.Task;
import io.modelwright.desktop.app.AppServices;
import io.modelwright.desktop.app.MainWindow;
import io.modelwright.desktop.common.WorkerThreads;
import io.modelwright.desktop.data.LoadState;
import io.modelwright.desktop.data.TableLoader;
import io.modelwright.desktop.train.TrainViewModel;
import io.modelwright.desktop.train.TrainingState;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Drives the real main window (real importer, real training in the worker process) and reports the longest
 * pause of the JavaFX thread while a big CSV loads and while a model trains. Target: under 100 ms.
 * Run under a display (Xvfb): {@code bench/run-ui.sh}.
 */
public final class UiResponsivenessBenchmark extends Application {
    private static Path csv;
    private static Stage window;

    /** Entry point used by {@link UiBenchmarkMain}. */
    static void run(Path file) {
        csv = file;
        Application.launch(UiResponsivenessBenchmark.class);
    }

    @Override
    public void start(Stage stage) throws Exception {
        window = stage;
        ExecutorService executor = WorkerThreads.newExecutor();
        Path home = Files.createTempDirectory("mw-ui-bench");
        MainWindow window = MainWindow.show(stage, new AppServices(TableLoader.csvImporter(), executor, home));
        PulseRecorder pulses = new PulseRecorder();
        pulses.start();
        Thread driver = new Thread(() -> {
            try {
                drive(window, pulses);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                executor.shutdownNow();
                Platform.exit();
            }
        }, "ui-benchmark-driver");
        driver.setDaemon(true);
        driver.start();
    }

    private static void drive(MainWindow window, PulseRecorder pulses) throws Exception {
        List<PulseRecorder.PhaseResult> results = new ArrayList<>();
        results.add(phase("idle window (2 s)", pulses, () -> { }, () -> true, 2));
        results.add(phase("load " + csv.getFileName() + " (parse, type, profile) and show the table", pulses,
                () -> window.viewModel().open(csv.toAbsolutePath()),
                () -> window.viewModel().loading().state() == LoadState.LOADED
                        || window.viewModel().loading().state() == LoadState.FAILED, 0));
        results.add(phase("scroll the table to the end", pulses, () -> scrollToEnd(window), () -> true, 2));
        TrainViewModel train = onFx(() -> window.viewModel().trainProperty().get());
        results.add(phase("train logistic regression, hold-out 20% (worker process)", pulses, () -> {
            train.roles().targetProperty().set("label");
            train.taskProperty().set(Task.CLASSIFICATION);
            train.algorithmProperty().set(AlgorithmCatalog.find(Task.CLASSIFICATION, "logistic-regression"));
            train.settings().crossValidationProperty().set(false);
            train.settings().holdoutPercentProperty().set(20);
            train.train();
        }, () -> train.progress().stateProperty().get() != TrainingState.RUNNING, 1));
        print(results, onFx(() -> train.progress().stateProperty().get().toString()));
    }

    private static PulseRecorder.PhaseResult phase(String name, PulseRecorder pulses, Runnable action,
                                                   BooleanSupplier done, double minSeconds) throws Exception {
        onFx(() -> {
            pulses.reset();
            action.run();
            return null;
        });
        long start = System.nanoTime();
        Thread.sleep(300);
        while (!onFx(done::getAsBoolean) || (System.nanoTime() - start) / 1e9 < minSeconds) {
            Thread.sleep(50);
            if ((System.nanoTime() - start) / 1e9 > 900) {
                throw new IllegalStateException("Phase '" + name + "' did not finish in 15 minutes");
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return onFx(() -> pulses.result(name, seconds));
    }

    private static void scrollToEnd(MainWindow window) {
        window.viewModel().show(io.modelwright.desktop.app.Screen.DATA);
        javafx.scene.Node table = UiResponsivenessBenchmark.window.getScene().lookup("#rowsTable");
        if (table instanceof javafx.scene.control.TableView<?> view) {
            view.scrollTo(view.getItems().size() - 1);
        }
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    private static void print(List<PulseRecorder.PhaseResult> results, String trainingState) {
        System.out.printf("%n%-70s %8s %8s %14s %12s%n", "phase", "seconds", "pulses", "longest pause", "> 100 ms");
        for (PulseRecorder.PhaseResult r : results) {
            System.out.printf("%-70s %8.1f %8d %11.1f ms %12d%n", r.phase(), r.seconds(), r.pulses(),
                    r.longestPauseMs(), r.pausesOver100ms());
        }
        System.out.println("training ended: " + trainingState);
    }
}
