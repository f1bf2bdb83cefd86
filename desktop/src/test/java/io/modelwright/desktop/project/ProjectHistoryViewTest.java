package io.modelwright.desktop.project;

import io.modelwright.desktop.app.AppServices;
import io.modelwright.desktop.app.MainWindow;
import io.modelwright.desktop.app.Screen;
import io.modelwright.desktop.data.TableLoader;
import io.modelwright.desktop.testing.IrisProjects;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** Opening a project file shows its saved runs on the History screen; picking one shows what it holds. */
@ExtendWith(ApplicationExtension.class)
class ProjectHistoryViewTest {
    @TempDir
    static Path folder;

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = MainWindow.show(stage, new AppServices(TableLoader.csvImporter(), executor, folder.resolve("home")));
    }

    @AfterEach
    void stopWork(FxRobot robot) {
        executor.shutdownNow();
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
    }

    @Test
    void historyListsTheProjectsRunsAndShowsOneWhenPicked(FxRobot robot) throws Exception {
        Path projectFile = folder.resolve("study.mwproj");
        IrisProjects.record(projectFile, IrisProjects.copyIris(folder), 1, 2);

        robot.interact(() -> window.viewModel().openAny(projectFile));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().dataProperty().get() != null);
        robot.interact(() -> window.viewModel().show(Screen.HISTORY));
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> saved = robot.lookup("#savedRuns").queryTableView();
        assertThat(saved.getItems()).hasSize(2);
        assertThat(robot.lookup("#projectStatus").queryAs(Label.class).getText())
                .isEqualTo("Every run is saved in study.mwproj.");
        assertThat(stage.getTitle()).isEqualTo("iris.csv – study – Modelwright");

        robot.clickOn(robot.from(saved).lookup("logistic-regression").<javafx.scene.Node>query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#savedRunDetails").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#savedRunDetails").queryAs(Label.class).getText()).contains("accuracy");
    }
}
