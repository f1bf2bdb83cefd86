package io.modelwright.desktop.lessons;

import io.modelwright.desktop.app.AppServices;
import io.modelwright.desktop.app.MainWindow;
import io.modelwright.desktop.testing.TestTables;
import javafx.scene.control.Label;
import javafx.stage.Stage;
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

/** A student opens the first lesson from the Lessons menu and walks through its steps. */
@ExtendWith(ApplicationExtension.class)
class LessonFlowTest {
    @TempDir
    static Path home;

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindow.show(stage, new AppServices((file, progress, cancel) -> TestTables.iris(), executor, home));
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theFirstLessonLoadsItsDataAndItsStepsAdvance(FxRobot robot) throws Exception {
        robot.clickOn("Lessons").clickOn("Your first classifier (iris flowers)");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#lessonPanel").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#stepPosition")).isEqualTo("Step 1 of 4");
        assertThat(text(robot, "#stepTitle")).isEqualTo("Look at the data");
        assertThat(window.viewModel().dataProperty().get().roles().targetProperty().get()).isEqualTo("species");

        robot.clickOn("#lessonNext");

        assertThat(text(robot, "#stepPosition")).isEqualTo("Step 2 of 4");
        assertThat(text(robot, "#stepTitle")).isEqualTo("Train a baseline");
        assertThat(window.viewModel().trainProperty().get().algorithmProperty().get().id()).isEqualTo("dummy");

        robot.clickOn("#lessonNext");
        assertThat(window.viewModel().trainProperty().get().algorithmProperty().get().id()).isEqualTo("cart");
        robot.clickOn("#lessonBack");
        assertThat(text(robot, "#stepTitle")).isEqualTo("Train a baseline");
    }
}
