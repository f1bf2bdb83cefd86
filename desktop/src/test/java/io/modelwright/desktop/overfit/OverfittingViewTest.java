package io.modelwright.desktop.overfit;

import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import io.modelwright.desktop.history.RunHistory;
import io.modelwright.desktop.history.TrainingRun;
import io.modelwright.desktop.testing.TrainedRuns;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class OverfittingViewTest {
    private static TrainingRun tree;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private OverfittingViewModel viewModel;

    @BeforeAll
    static void train() {
        tree = TrainedRuns.iris(new RunHistory(), "cart");
    }

    @Start
    void start(Stage stage) {
        viewModel = new OverfittingViewModel(tree, executor, error -> {
            throw new AssertionError(error);
        });
        stage.setScene(new Scene(new OverfittingView(viewModel).root(), 900, 600));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void aDeeperTreeFitsItsOwnRowsAtLeastAsWell() {
        List<FitPoint> points = FittingCurve.compute(tree.request(), "maxDepth", List.of(1.0, 2.0, 8.0),
                ProgressListener.NONE, CancellationToken.create());

        assertThat(points).extracting(FitPoint::value).containsExactly(1.0, 2.0, 8.0);
        assertThat(points.get(0).fitScore()).isLessThan(points.get(2).fitScore());
        assertThat(points.get(2).fitScore()).isGreaterThan(0.97);
        assertThat(points).allSatisfy(p -> assertThat(p.testScore()).isBetween(0.3, 1.0));
    }

    @Test
    void drawingPlotsTwoLinesOverTheRange(FxRobot robot) throws Exception {
        assertThat(viewModel.settingProperty().get().name()).isEqualTo("maxDepth");
        robot.interact(() -> {
            viewModel.fromProperty().set("1");
            viewModel.toProperty().set("4");
            viewModel.stepsProperty().set("4");
        });
        robot.clickOn("#overfitDraw");

        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> viewModel.points().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        LineChart<Number, Number> chart = robot.lookup("#overfitChart").queryAs(LineChart.class);
        assertThat(chart.getData()).hasSize(2);
        assertThat(chart.getData().get(0).getData()).hasSize(4);
        assertThat(viewModel.messageProperty().get()).startsWith("New rows were predicted best at maxDepth =");
    }
}
