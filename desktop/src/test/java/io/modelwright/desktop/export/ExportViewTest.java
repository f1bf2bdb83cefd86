package io.modelwright.desktop.export;

import io.modelwright.desktop.history.RunHistory;
import io.modelwright.desktop.history.TrainingRun;
import io.modelwright.desktop.testing.TrainedRuns;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Export from the wizard as a person would: type a folder, export, read the verification, start the scorer. */
@ExtendWith(ApplicationExtension.class)
class ExportViewTest {
    private static TrainingRun run;

    @TempDir
    static Path tmp;

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private ExportViewModel wizard;

    @BeforeAll
    static void train() {
        run = TrainedRuns.iris(new RunHistory(), "logistic-regression");
    }

    @Start
    void start(Stage stage) {
        wizard = new ExportViewModel(List.of(run), run, ExportViewModelTest.IRIS_CSV, tmp, executor, error -> {
            throw new AssertionError(error);
        });
        Scene scene = new Scene(new ExportView(wizard).root(), 860, 720);
        scene.getStylesheets().add(ExportView.class.getResource("/io/modelwright/desktop/app/modelwright.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> wizard.stopScorer());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        executor.shutdownNow();
    }

    @Test
    void exportProducesAVerifiedArtifactWhoseScorerAnswersPing(FxRobot robot) throws Exception {
        Path folder = tmp.resolve("typed").resolve("iris-model");
        TextField folderField = robot.lookup("#exportFolder").queryAs(TextField.class);
        robot.interact(() -> folderField.clear());
        robot.clickOn(folderField).write(folder.toString());
        robot.clickOn("#exportButton");

        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS,
                () -> wizard.stepProperty().get() == ExportViewModel.Step.DONE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#verification").queryAs(Label.class).getText())
                .startsWith("150 of 150 predictions identical");
        assertThat(robot.lookup("#artifactFolder").queryAs(Label.class).getText()).isEqualTo(folder.toString());
        assertThat(Files.readString(folder.resolve("verification.json"))).contains("\"passed\" : true");
        assertThat(wizard.files()).contains("model/manifest.json", "scorer/modelwright-scorer.jar");
        assertThat(robot.lookup("#curlCommand").queryAs(javafx.scene.control.TextArea.class).getText()).contains("/invocations");

        robot.clickOn("#startScorer");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !wizard.scorerUrlProperty().get().isEmpty());
        HttpResponse<String> ping = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(wizard.scorerUrlProperty().get() + "/ping")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ping.statusCode()).isEqualTo(200);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#scorerState").queryAs(Label.class).getText()).startsWith("Running at http://127.0.0.1:");
    }
}
