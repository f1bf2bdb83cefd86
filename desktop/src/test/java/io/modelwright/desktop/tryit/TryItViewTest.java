package io.modelwright.desktop.tryit;

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
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class TryItViewTest {
    private static TrainingRun run;
    private final ExecutorService executor = Executors.newCachedThreadPool();

    @BeforeAll
    static void train() {
        run = TrainedRuns.iris(new RunHistory(), "logistic-regression");
    }

    private final javafx.collections.ObservableList<Integer> cellRows = javafx.collections.FXCollections.observableArrayList();

    @Start
    void start(Stage stage) {
        TryItViewModel tryIt = new TryItViewModel(run, executor, error -> {
            throw new AssertionError(error);
        });
        tryIt.offerCellRows(cellRows, new javafx.beans.property.SimpleStringProperty("2 rows are virginica."));
        TryItView view = new TryItView(tryIt, () -> { });
        Scene scene = new Scene(view.root(), 1100, 700);
        scene.getStylesheets().add(TryItView.class.getResource("/io/modelwright/desktop/app/modelwright.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private static String prediction(FxRobot robot) {
        return robot.lookup("#prediction").queryAs(Label.class).getText();
    }

    @Test
    void typingANewValueUpdatesThePrediction(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "setosa".equals(prediction(robot)));
        // The label and the bars are updated in separate steps on the FX thread: wait for both.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#classScores").queryParent().getChildrenUnmodifiable().size() == 3);
        assertThat(robot.lookup("#classScores").queryParent().getChildrenUnmodifiable()).hasSize(3);

        TextField petalLength = robot.lookup("#input-petal_length").queryAs(TextField.class);
        robot.doubleClickOn(petalLength).eraseText(5).write("6.5");
        TextField petalWidth = robot.lookup("#input-petal_width").queryAs(TextField.class);
        robot.doubleClickOn(petalWidth).eraseText(5).write("2.4");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "virginica".equals(prediction(robot)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#explanation").queryParent().getChildrenUnmodifiable().size() == 4);
        assertThat(robot.lookup("#explanation").queryParent().getChildrenUnmodifiable()).hasSize(4);
    }

    @Test
    void aRowFromTheSelectedConfusionMatrixCellCanBeLoaded(FxRobot robot) throws Exception {
        robot.interact(() -> cellRows.setAll(101, 140));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Integer> picker = robot.lookup("#cellRowPicker").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(picker.isVisible()).isTrue();

        robot.interact(() -> picker.getSelectionModel().select(Integer.valueOf(140)));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#loadedRow").queryAs(Label.class).getText().startsWith("row 141"));
    }

    @Test
    void loadingAnotherRowShowsItsActualClass(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#rowSpinner").queryAs(javafx.scene.control.Spinner.class)
                .getEditor().setText("120"));
        robot.clickOn("#loadRowButton");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#loadedRow").queryAs(Label.class).getText().startsWith("row 120"));
        assertThat(robot.lookup("#loadedRow").queryAs(Label.class).getText()).contains("virginica");
    }
}
