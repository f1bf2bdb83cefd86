package io.modelwright.desktop.results;

import io.modelwright.desktop.common.ErrorSink;
import io.modelwright.desktop.history.RunHistory;
import io.modelwright.desktop.history.TrainingRun;
import io.modelwright.desktop.testing.TrainedRuns;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ResultsViewTest {
    private static TrainingRun run;
    private StackPane host;

    @BeforeAll
    static void train() {
        run = TrainedRuns.iris(new RunHistory(), "logistic-regression");
    }

    @Start
    void start(Stage stage) {
        host = new StackPane();
        stage.setScene(new Scene(host, 1100, 700));
        stage.show();
    }

    @Test
    void aChartTabIsBuiltWhenItIsFirstShown(FxRobot robot) {
        ErrorSink errors = error -> { throw new AssertionError(error); };
        robot.interact(() -> host.getChildren().setAll(
                new ResultsView(new ResultsViewModel(run, run.request().table()), errors).root()));
        TabPane tabs = robot.lookup("#chartTabs").queryAs(TabPane.class);
        Tab confusion = tabs.getTabs().get(0);
        Tab roc = tabs.getTabs().stream().filter(t -> t.getText().equals("ROC curve")).findFirst().orElseThrow();
        assertThat(confusion.getContent()).isNotNull();
        assertThat(roc.getContent()).isNull();

        robot.interact(() -> tabs.getSelectionModel().select(roc));

        assertThat(roc.getContent()).isNotNull();
        assertThat(robot.lookup("#chartTabs .chart").tryQuery()).isPresent();
    }
}
