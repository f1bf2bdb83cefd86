package io.modelwright.bench.ui;

import static io.modelwright.bench.ui.FxCalls.onFx;

import io.modelwright.core.data.CsvImporter;
import io.modelwright.core.data.ImportOptions;
import io.modelwright.core.data.ImportResult;
import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import io.modelwright.desktop.app.Appearance;
import io.modelwright.desktop.data.DataView;
import io.modelwright.desktop.data.DataViewModel;
import io.modelwright.desktop.data.RowsGrid;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Shows the Data screen for an imported file again and again in one window and prints the JavaFX thread's CPU
 * time for building it and for each of the frames that follow, then for scrolling to the last row. CPU time of
 * one thread is far steadier than wall time on a shared machine, so this is the probe to compare changes with.
 * Run: {@code bench/run-ui.sh --probe [file.csv]}.
 */
public final class DataScreenProbe extends Application {
    private static final int REPEATS = 6;
    private static final int FRAMES = 8;
    private static Path csv;

    static void run(Path file) {
        csv = file;
        Application.launch(DataScreenProbe.class);
    }

    @Override
    public void start(Stage stage) throws Exception {
        StackPane host = new StackPane();
        Scene scene = new Scene(host, 1280, 800);
        new Appearance().applyTo(scene);
        stage.setScene(scene);
        stage.show();
        Thread driver = new Thread(() -> {
            try {
                ImportResult imported = new CsvImporter().load(csv, ImportOptions.detect(), ProgressListener.NONE,
                        CancellationToken.create());
                for (int i = 0; i < REPEATS; i++) {
                    probe(i, host, imported);
                }
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                Platform.exit();
            }
        }, "data-screen-probe");
        driver.setDaemon(true);
        driver.start();
    }

    private static void probe(int repeat, StackPane host, ImportResult imported) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        FrameCpu frames = onFx(() -> {
            host.getChildren().clear();
            FrameCpu recorder = new FrameCpu(threads);
            long before = threads.getCurrentThreadCpuTime();
            host.getChildren().add(new DataView(new DataViewModel(imported)).root());
            recorder.build = threads.getCurrentThreadCpuTime() - before;
            recorder.start();
            return recorder;
        });
        Thread.sleep(1500);
        List<Long> shown = onFx(() -> frames.takeAndRestart());
        long built = frames.build;
        long scrollCall = onFx(() -> {
            RowsGrid grid = (RowsGrid) host.lookup("#rowsGrid");
            long before = threads.getCurrentThreadCpuTime();
            grid.select(grid.rowCount() - 1);
            return threads.getCurrentThreadCpuTime() - before;
        });
        Thread.sleep(1000);
        List<Long> scrolled = onFx(() -> frames.takeAndRestart());
        onFx(() -> {
            frames.stop();
            return null;
        });
        System.out.printf("repeat %d  build %5.1f ms  frames after:%s  |  scrollTo %5.1f ms  frames after:%s%n",
                repeat, built / 1e6, format(shown), scrollCall / 1e6, format(scrolled));
    }

    private static String format(List<Long> cpu) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(FRAMES, cpu.size()); i++) {
            text.append(String.format(" %5.1f", cpu.get(i) / 1e6));
        }
        return text.toString();
    }

    /** CPU time of the JavaFX thread from one frame to the next. */
    private static final class FrameCpu extends AnimationTimer {
        private final ThreadMXBean threads;
        private final List<Long> perFrame = new ArrayList<>();
        private long last = -1;
        long build;

        FrameCpu(ThreadMXBean threads) {
            this.threads = threads;
            last = threads.getCurrentThreadCpuTime();
        }

        @Override
        public void handle(long now) {
            long cpu = threads.getCurrentThreadCpuTime();
            perFrame.add(cpu - last);
            last = cpu;
        }

        List<Long> takeAndRestart() {
            List<Long> taken = new ArrayList<>(perFrame);
            perFrame.clear();
            last = threads.getCurrentThreadCpuTime();
            return taken;
        }
    }
}
