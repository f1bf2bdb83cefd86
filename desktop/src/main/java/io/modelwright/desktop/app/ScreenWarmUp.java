package io.modelwright.desktop.app;

import io.modelwright.core.data.CategoricalColumn;
import io.modelwright.core.data.CsvDialect;
import io.modelwright.core.data.DataTable;
import io.modelwright.core.data.ImportResult;
import io.modelwright.core.data.NumericColumn;
import io.modelwright.core.project.Project;
import io.modelwright.core.train.AlgorithmCatalog;
import io.modelwright.core.train.Task;
import io.modelwright.desktop.common.BackgroundPriority;
import io.modelwright.desktop.data.DataView;
import io.modelwright.desktop.data.DataViewModel;
import io.modelwright.desktop.train.TrainViewModel;
import io.modelwright.runtime.schema.ColumnType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Does in the background, while the Start screen waits for a file, the one-time work that otherwise lands on the
 * JavaFX thread when the first file opens: loading the classes of the Data screen (its FXML, its controls and
 * their skins), Tribuo's algorithm catalog with each algorithm's hyperparameters, and SQLite's native library. The first Data screen took ~0.3 s of the
 * JavaFX thread's time cold and ~15 ms warm to build ({@code bench/run-ui.sh --probe}).
 */
final class ScreenWarmUp {
    private static final System.Logger LOG = System.getLogger(ScreenWarmUp.class.getName());
    private static final List<String> SKINS = List.of(
            "javafx.scene.control.skin.MenuButtonSkin", "javafx.scene.control.skin.ContextMenuSkin",
            "javafx.scene.control.skin.ListViewSkin", "javafx.scene.control.skin.ScrollBarSkin",
            "javafx.scene.control.skin.SplitPaneSkin", "javafx.scene.control.skin.ScrollPaneSkin",
            "javafx.scene.control.skin.LabeledSkinBase", "com.sun.javafx.scene.control.LabeledText");

    private ScreenWarmUp() {
    }

    /** Starts the warm-up on {@code executor}; the app works the same whether or not it has finished. */
    static void start(Executor executor) {
        executor.execute(ScreenWarmUp::run);
    }

    /**
     * @return true when every step ran; a failed step is logged and skipped, as it only costs the first file's
     *     opening a little time
     */
    static boolean run() {
        try {
            BackgroundPriority.lowerJvmBackgroundThreads();
            // Not attached to any scene, so building it off the JavaFX thread is allowed.
            DataViewModel data = new DataViewModel(tinyTable());
            new DataView(data).showAllNow();
            // The Train screen's model is made in the same frame as the Data screen when a file opens: its
            // settings fields and bindings are first run here, where nobody waits for them.
            new TrainViewModel(data.roles(), Runnable::run, error -> { }, trained -> { });
            for (Task task : Task.values()) {
                // The Train screen's model is made when a file opens: its algorithm list and settings form read
                // every algorithm's hyperparameters (reflection over Tribuo's @Config fields, ~30 ms cold).
                AlgorithmCatalog.forTask(task).forEach(spec -> spec.hyperparameters());
            }
            for (String skin : SKINS) {
                Class.forName(skin, false, ScreenWarmUp.class.getClassLoader());
            }
            Project.warmUp();
            return true;
        } catch (RuntimeException | ClassNotFoundException | LinkageError e) {
            LOG.log(System.Logger.Level.INFO, "Warm-up step failed; the first file will open a little slower", e);
            return false;
        }
    }

    private static ImportResult tinyTable() {
        NumericColumn length = new NumericColumn("length", ColumnType.NUMERIC, "Numbers.",
                new double[]{5.1, 4.9, 6.3}, null, 0);
        CategoricalColumn kind = new CategoricalColumn("kind", ColumnType.CATEGORICAL, "Labels.",
                new int[]{0, 0, 1}, List.of("a", "b"), 0);
        CsvDialect dialect = new CsvDialect(StandardCharsets.UTF_8, false, ',', '"', true, '.', "\n");
        return new ImportResult(Path.of("warm-up.csv"), dialect, new DataTable(List.of(length, kind), 3), Map.of(),
                List.of(), 0);
    }
}
