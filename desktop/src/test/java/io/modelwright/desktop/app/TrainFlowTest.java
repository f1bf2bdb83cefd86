package io.modelwright.desktop.app;

import io.modelwright.core.data.ImportResult;
import io.modelwright.desktop.data.TableLoader;
import io.modelwright.desktop.testing.TestTables;
import io.modelwright.desktop.train.TrainingState;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import io.modelwright.desktop.data.RowsGrid;
import io.modelwright.desktop.testing.DataScreen;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The path a student takes: open iris (through the real CSV importer), pick the target, train, read the results, look at the rows behind a cell. */
@ExtendWith(ApplicationExtension.class)
class TrainFlowTest {
    @TempDir
    static Path home;

    private final ExecutorService executor = Executors.newCachedThreadPool();
    /** The table every load returns; null means the real CSV importer reads the file. */
    private volatile ImportResult table;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TableLoader importer = TableLoader.csvImporter();
        window = MainWindow.show(stage, new AppServices((file, progress, cancel) ->
                table == null ? importer.load(file, progress, cancel) : table, executor, home));
    }

    @AfterEach
    void stopWork(FxRobot robot) {
        robot.interact(() -> {
            if (window.viewModel().trainProperty().get() != null) {
                window.viewModel().trainProperty().get().cancel();
            }
            Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide);
        });
        executor.shutdownNow();
    }

    private void openAndPickTarget(FxRobot robot, String target) throws Exception {
        Path file = table == null ? Path.of("..", "sample-data", "iris.csv").toAbsolutePath() : table.file();
        robot.interact(() -> window.viewModel().open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.viewModel().screenProperty().get() == Screen.DATA);
        WaitForAsyncUtils.waitForFxEvents();
        DataScreen.pickTarget(robot, window.viewModel().dataProperty().get().roles().columnNames(), target);
        assertThat(window.viewModel().dataProperty().get().roles().targetProperty().get()).isEqualTo(target);
    }

    /** @return the Type column of the Data screen's column list, as drawn */
    private static List<String> typesShown(FxRobot robot) {
        return robot.lookup("#columnsGrid").queryAs(RowsGrid.class).visibleColumnTexts(1);
    }

    /** Scrolls the algorithm list to an entry (the list opens scrolled to the default) and clicks it. */
    private static void clickAlgorithm(FxRobot robot, String name) {
        javafx.scene.control.ListView<io.modelwright.core.train.AlgorithmSpec> list =
                robot.lookup("#algorithmList").queryListView();
        robot.interact(() -> list.scrollTo(list.getItems().stream()
                .filter(spec -> spec.displayName().equals(name)).findFirst().orElseThrow()));
        robot.clickOn(name);
    }

    private void waitFor(Screen screen, int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> window.viewModel().screenProperty().get() == screen);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void trainsLogisticRegressionOnIrisAndShowsTheRowsBehindACell(FxRobot robot) throws Exception {
        openAndPickTarget(robot, "species");
        assertThat(typesShown(robot)).containsExactly("numeric", "numeric", "numeric", "numeric", "categorical");
        assertThat(robot.lookup("#taskSuggestion").queryAs(Label.class).getText()).isEqualTo("Suggested task: classification");

        robot.clickOn("#nav-train");
        clickAlgorithm(robot, "Logistic regression");
        assertThat(robot.lookup("#foldsSpinner").queryAs(javafx.scene.control.Spinner.class).getValue()).isEqualTo(5);
        robot.clickOn("#trainButton");
        waitFor(Screen.RESULTS, 60);

        String accuracy = robot.lookup("#metric-accuracy .metric-value").queryAs(Label.class).getText();
        assertThat(Double.parseDouble(accuracy.split(" ")[0])).isGreaterThanOrEqualTo(0.9);
        List<Button> cells = robot.lookup(".cm-cell").queryAllAs(Button.class).stream().toList();
        assertThat(cells).hasSize(9);
        assertThat(cells.stream().mapToInt(c -> Integer.parseInt(c.getText())).sum()).isEqualTo(150);

        Button versicolorAsVersicolor = robot.lookup("#cm-1-1").queryButton();
        robot.clickOn(versicolorAsVersicolor);
        TableView<?> rows = robot.lookup("#cellRows").queryTableView();
        assertThat(rows.getItems()).hasSize(Integer.parseInt(versicolorAsVersicolor.getText()));
        assertThat(robot.lookup("#cellCaption").queryAs(Label.class).getText()).contains("versicolor, predicted correctly");
    }

    @Test
    void comparesThreeAlgorithmsOnTheLeaderboard(FxRobot robot) throws Exception {
        openAndPickTarget(robot, "species");
        robot.clickOn("#nav-train");
        clickAlgorithm(robot, "Logistic regression");
        Node first = robot.lookup(".algorithm-cell").match(n -> robot.from(n).lookup("Logistic regression")
                .tryQuery().isPresent()).query();
        robot.clickOn(robot.from(first).lookup(".check-box").queryAs(Node.class));
        // The next two by keyboard: select with the arrow key, tick with Space.
        robot.clickOn("Logistic regression");
        robot.type(KeyCode.DOWN).type(KeyCode.SPACE).type(KeyCode.DOWN).type(KeyCode.SPACE);
        assertThat(window.viewModel().trainProperty().get().ticked()).extracting(a -> a.id())
                .containsExactlyInAnyOrder("logistic-regression", "linear-sgd", "factorization-machine");
        robot.clickOn("#compareButton");
        waitFor(Screen.HISTORY, 60);

        TableView<?> leaderboard = robot.lookup("#leaderboard").queryTableView();
        assertThat(leaderboard.getItems()).hasSize(3);
    }

    @Test
    void cancellingALongRunLeavesTheAppIdleWithinTwoSeconds(FxRobot robot) throws Exception {
        table = TestTables.noisyClasses(6000);
        openAndPickTarget(robot, "label");
        robot.clickOn("#nav-train");
        clickAlgorithm(robot, "Support vector machine (RBF kernel)");
        robot.clickOn("#trainButton");
        var progress = window.viewModel().trainProperty().get().progress();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#trainMessage").queryAs(Label.class).getText().startsWith("Fold 1 of 5"));

        long cancelledAt = System.nanoTime();
        robot.clickOn("#cancelTraining");
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> progress.stateProperty().get() == TrainingState.CANCELLED);
        // Train runs in a worker process: Cancel kills it, so no work goes on unseen.
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS,
                () -> ProcessHandle.current().children().noneMatch(ProcessHandle::isAlive));
        assertThat((System.nanoTime() - cancelledAt) / 1e9).isLessThan(2);
        assertThat(robot.lookup("#trainButton").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#trainMessage").queryAs(Label.class).getText()).isEqualTo("Training was cancelled.");
    }
}
