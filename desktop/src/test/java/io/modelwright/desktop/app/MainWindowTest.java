package io.modelwright.desktop.app;

import io.modelwright.core.data.CsvImportException;
import io.modelwright.core.data.ImportResult;
import io.modelwright.desktop.data.LoadState;
import io.modelwright.desktop.data.TableLoader;
import io.modelwright.desktop.testing.TestTables;
import javafx.scene.control.Label;
import io.modelwright.desktop.data.RowsGrid;
import io.modelwright.desktop.testing.DataScreen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path home;

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private volatile TableLoader loader = (file, progress, cancel) -> TestTables.smallIris();
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = MainWindow.show(stage, new AppServices((file, progress, cancel) -> loader.load(file, progress, cancel),
                executor, home));
    }

    @AfterEach
    void closeDialogsAndStopWork(FxRobot robot) {
        executor.shutdownNow();
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList()
                .forEach(Window::hide));
    }

    private void open(FxRobot robot, String file) {
        robot.interact(() -> window.viewModel().open(Path.of(file)));
    }

    private void waitUntilIdle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.viewModel().loading().busy().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensOnTheStartScreenTitledModelwright(FxRobot robot) {
        assertThat(stage.getTitle()).contains("Modelwright");
        assertThat(stage.getScene().getWidth()).isGreaterThan(700);
        assertThat(robot.lookup("#openCsv").tryQuery()).isPresent();
        assertThat(robot.lookup("#samples .sample-card").queryAll()).hasSize(6);
    }

    @Test
    void loadingATableShowsItsRowsAndColumns(FxRobot robot) throws Exception {
        open(robot, "iris.csv");
        waitUntilIdle(robot);
        DataScreen.waitUntilShown(robot);

        RowsGrid rows = robot.lookup("#rowsGrid").queryAs(RowsGrid.class);
        assertThat(rows.rowCount()).isEqualTo(4);
        assertThat(rows.columnNames()).contains("sepal_length", "species");
        assertThat(robot.lookup("#statusLine").queryAs(Label.class).getText()).startsWith("iris.csv · 4 rows");
        assertThat(stage.getTitle()).isEqualTo("iris.csv – Modelwright");
    }

    @Test
    void cancelOnASlowLoadReturnsToIdle(FxRobot robot) throws Exception {
        loader = (file, progress, cancel) -> {
            while (true) {
                progress.progress(10, 100, "Reading data");
                cancel.throwIfCancelled();
                Thread.sleep(10);
            }
        };
        open(robot, "slow.csv");
        // The loading card appears after a short delay, so quick loads do not flash it.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#loadingOverlay").query().isVisible());
        assertThat(robot.lookup("#loadMessage").queryLabeled().getText()).isEqualTo("Reading data");

        robot.clickOn("#cancelLoad");
        waitUntilIdle(robot);

        assertThat(window.viewModel().loading().state()).isEqualTo(LoadState.CANCELLED);
        assertThat(robot.lookup("#loadingOverlay").query().isVisible()).isFalse();
        assertThat(robot.lookup("#openCsv").tryQuery()).isPresent();
        executor.shutdown();
        assertThat(executor.awaitTermination(5, TimeUnit.SECONDS)).as("loader stopped").isTrue();
    }

    @Test
    void aFailedLoadShowsItsMessageInTheErrorView(FxRobot robot) throws Exception {
        loader = (file, progress, cancel) -> {
            throw new CsvImportException(file, 7, "Line 7 of broken.csv has 6 fields but the header has 5.");
        };
        open(robot, "broken.csv");
        waitUntilIdle(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#errorMessage").tryQuery().isPresent());

        assertThat(robot.lookup("#errorMessage").queryAs(Label.class).getText())
                .isEqualTo("Line 7 of broken.csv has 6 fields but the header has 5.");
        assertThat(window.viewModel().loading().state()).isEqualTo(LoadState.FAILED);
    }

    @Test
    void aSampleOpensFromTheGallery(FxRobot robot) throws Exception {
        Path[] loaded = new Path[1];
        loader = (file, progress, cancel) -> {
            loaded[0] = file;
            ImportResult iris = TestTables.smallIris();
            return new ImportResult(file, iris.dialect(), iris.table(), iris.profiles(), iris.warnings(), 0);
        };

        robot.clickOn("#sample-penguins");
        waitUntilIdle(robot);

        assertThat(loaded[0]).hasFileName("penguins.csv").exists();
        assertThat(robot.lookup("#dataFileName").queryAs(Label.class).getText()).isEqualTo("penguins.csv");
    }
}
