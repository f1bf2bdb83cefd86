package io.modelwright.desktop.app;

import io.modelwright.desktop.data.LoadState;
import io.modelwright.desktop.data.TableLoader;
import javafx.scene.control.Label;
import io.modelwright.desktop.data.RowsGrid;
import io.modelwright.desktop.testing.DataScreen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole path with nothing faked: a sample card, extraction from the jar's resources, core's CSV import, the table. */
@ExtendWith(ApplicationExtension.class)
class OpenSampleEndToEndTest {
    @TempDir
    static Path home;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindow.show(stage, new AppServices(TableLoader.csvImporter(),
                Executors.newSingleThreadExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "test-worker");
                    thread.setDaemon(true);
                    return thread;
                }), home));
    }

    @Test
    void theIrisSampleOpensWithAllItsRowsAndColumns(FxRobot robot) throws Exception {
        robot.clickOn("#sample-iris");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> window.viewModel().loading().state() == LoadState.LOADED);
        DataScreen.waitUntilShown(robot);

        RowsGrid rows = robot.lookup("#rowsGrid").queryAs(RowsGrid.class);
        assertThat(rows.rowCount()).isEqualTo(150);
        assertThat(rows.columnNames())
                .containsExactly("#", "sepal_length", "sepal_width", "petal_length", "petal_width", "species");
        assertThat(rows.visibleTexts()).contains("5.1", "setosa");
        assertThat(robot.lookup("#columnsGrid").queryAs(RowsGrid.class).rowCount()).isEqualTo(5);
        assertThat(robot.lookup("#statusLine").queryAs(Label.class).getText())
                .startsWith("iris.csv · 150 rows · 5 columns · UTF-8, comma-separated");
    }
}
