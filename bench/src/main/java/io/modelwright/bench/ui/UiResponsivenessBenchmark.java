package io.modelwright.bench.ui;

import static io.modelwright.bench.ui.FxCalls.onFx;

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
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;

/**
 * Drives the real main window (real importer, real training in the worker process) and reports the longest
 * pause of the JavaFX thread while a big CSV loads and while a model trains. Target: under 100 ms.
 * Run under a display (Xvfb): {@code bench/run-ui.sh}.
 */
public final class UiResponsivenessBenchmark extends Application {
    private static Path csv;
    private static boolean train;
    private static Stage window;

    /** Entry point used by {@link UiBenchmarkMain}. */
    static void run(Path file, boolean withTraining) {
        csv = file;
        train = withTraining;
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
        List<Phase> phases = new ArrayList<>();
        phases.add(phase("idle window (2 s)", () -> { }, () -> true, 2));
        phases.add(phase("load " + csv.getFileName() + " (parse, type, profile) in the background",
                () -> window.viewModel().open(csv.toAbsolutePath()),
                () -> window.viewModel().loading().state() == LoadState.LOADED
                        || window.viewModel().loading().state() == LoadState.FAILED, 0));
        // The app switches to the Data screen by itself once the file is loaded; give it 2 s to build and settle.
        phases.add(phase("show the Data screen (rows table, column list, warnings)", () -> { }, () -> true, 2));
        phases.add(phase("scroll the table to the end", () -> scrollToEnd(window), () -> true, 2));
        if (train) {
            TrainViewModel train = onFx(() -> window.viewModel().trainProperty().get());
            // One event per choice, as a person makes them: each gets a frame of its own.
            phases.add(phase("pick the target (1M-row label column)", () -> train.roles().targetProperty().set("label"),
                    () -> true, 1));
            phases.add(phase("choose logistic regression, hold-out 20%", () -> {
                train.taskProperty().set(Task.CLASSIFICATION);
                train.algorithmProperty().set(AlgorithmCatalog.find(Task.CLASSIFICATION, "logistic-regression"));
                train.settings().crossValidationProperty().set(false);
                train.settings().holdoutPercentProperty().set(20);
            }, () -> true, 1));
            phases.add(phase("train (worker process), then show Results", train::train,
                    () -> train.progress().stateProperty().get() != TrainingState.RUNNING, 1));
        }
        String ended = train
                ? onFx(() -> window.viewModel().trainProperty().get().progress().stateProperty().get().toString())
                : "not run (--no-train)";
        long end = System.nanoTime();
        List<PulseRecorder.PhaseResult> results = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            long to = i + 1 < phases.size() ? phases.get(i + 1).start() : end;
            results.add(onFx(() -> pulses.result(phase.name(), phase.start(), to)));
        }
        print(results, ended);
    }

    /** A phase runs from when its action was started until the next phase starts: no pulse gap falls between. */
    private record Phase(String name, long start) {
    }

    private static Phase phase(String name, Runnable action, BooleanSupplier done, double minSeconds)
            throws Exception {
        long start = System.nanoTime();
        // Wall-clock start and JVM uptime, to find the phase in a JFR recording, GC or JIT log of the same run.
        System.out.printf("%s  (JVM uptime %d ms)  phase starts: %s%n", java.time.LocalTime.now(),
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime(), name);
        onFx(() -> {
            action.run();
            return null;
        });
        Thread.sleep(300);
        while (!onFx(done::getAsBoolean) || (System.nanoTime() - start) / 1e9 < minSeconds) {
            Thread.sleep(50);
            if ((System.nanoTime() - start) / 1e9 > 900) {
                throw new IllegalStateException("Phase '" + name + "' did not finish in 15 minutes");
            }
        }
        return new Phase(name, start);
    }

    private static void scrollToEnd(MainWindow window) {
        window.viewModel().show(io.modelwright.desktop.app.Screen.DATA);
        javafx.scene.Node grid = UiResponsivenessBenchmark.window.getScene().lookup("#rowsGrid");
        if (grid instanceof io.modelwright.desktop.data.RowsGrid rows) {
            rows.select(rows.rowCount() - 1);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void print(List<PulseRecorder.PhaseResult> results, String trainingState) {
        System.out.printf("%n%-70s %8s %8s %14s %9s %16s%n", "phase", "seconds", "pulses", "longest pause",
                "> 100 ms", "most FX CPU/gap");
        for (PulseRecorder.PhaseResult r : results) {
            System.out.printf("%-70s %8.1f %8d %11.1f ms %9d %13.1f ms%n", r.phase(), r.seconds(), r.pulses(),
                    r.longestPauseMs(), r.pausesOver100ms(), r.longestBusyCpuMs());
        }
        System.out.printf("load average: %s%n", loadAverage());
        System.out.println("training ended: " + trainingState);
    }
}
