package io.modelwright.desktop.batch;

import io.modelwright.desktop.history.RunHistory;
import io.modelwright.desktop.history.TrainingRun;
import io.modelwright.desktop.testing.TrainedRuns;
import javafx.scene.Scene;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class BatchViewTest {
    private static TrainingRun run;

    @TempDir
    static Path tmp;

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private BatchViewModel viewModel;

    @BeforeAll
    static void train() {
        run = TrainedRuns.iris(new RunHistory(), "logistic-regression");
    }

    @Start
    void start(Stage stage) {
        viewModel = new BatchViewModel(run, executor, error -> {
            throw new AssertionError(error);
        });
        stage.setScene(new Scene(new BatchView(viewModel).root(), 900, 600));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void scoringAFileWritesOnePredictionPerLineAndPreviewsThem(FxRobot robot) throws Exception {
        Path in = tmp.resolve("new-flowers.csv");
        Files.write(in, List.of("sepal_length,sepal_width,petal_length,petal_width", "5.1,3.5,1.4,0.2",
                "6.7,3.0,5.2,2.3", "6.0,2.9,4.5,1.5"));
        robot.clickOn("#batchInput").write(in.toString());
        assertThat(robot.lookup("#batchOutput").queryAs(TextField.class).getText())
                .isEqualTo(tmp.resolve("new-flowers-scored.csv").toString());

        robot.clickOn("#batchScore");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.preview().size() == 4);
        List<String> lines = Files.readAllLines(tmp.resolve("new-flowers-scored.csv"));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).contains("setosa");
        assertThat(lines.get(2)).contains("virginica");
        assertThat(viewModel.statusProperty().get()).startsWith("3 rows scored. Saved to");
    }
}
