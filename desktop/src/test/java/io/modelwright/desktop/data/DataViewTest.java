package io.modelwright.desktop.data;

import io.modelwright.desktop.testing.DataScreen;
import io.modelwright.desktop.testing.TestTables;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class DataViewTest {
    private StackPane host;

    @Start
    void start(Stage stage) {
        host = new StackPane();
        stage.setScene(new Scene(host, 1100, 700));
        stage.show();
    }

    private void show(DataViewModel data, FxRobot robot) throws TimeoutException {
        robot.interact(() -> host.getChildren().setAll(new DataView(data).root()));
        DataScreen.waitUntilShown(robot);
    }

    @Test
    void showsRowsColumnsWarningsAndStatus(FxRobot robot) throws Exception {
        show(new DataViewModel(TestTables.smallIris()), robot);

        RowsGrid rows = robot.lookup("#rowsGrid").queryAs(RowsGrid.class);
        assertThat(rows.rowCount()).isEqualTo(4);
        assertThat(rows.columnNames()).containsExactly("#", "sepal_length", "petal_width", "species");
        assertThat(rows.visibleTexts()).contains("sepal_length", "5.1", "4.9", "versicolor", "4");
        RowsGrid columns = robot.lookup("#columnsGrid").queryAs(RowsGrid.class);
        assertThat(columns.rowCount()).isEqualTo(3);
        assertThat(columns.visibleColumnTexts(ColumnListSource.TYPE)).containsExactly("numeric", "numeric", "categorical");
        assertThat(columns.visibleColumnTexts(ColumnListSource.MISSING)).containsExactly("0%", "25%", "0%");
        assertThat(robot.lookup("#warningsBox .warning").queryAs(Label.class).getText())
                .isEqualTo("petal_width: 25% of the values are missing.");
        assertThat(robot.lookup("#statusLine").queryAs(Label.class).getText())
                .isEqualTo("iris.csv · 4 rows · 3 columns · UTF-8, comma-separated, decimal point");
    }

    @Test
    void aScreenBuiltOffTheFxThreadWaitsForItsWindowThenShowsEverything(FxRobot robot) throws Exception {
        // As the app does while a file loads: built on the loading thread, shown later.
        DataView view = new DataView(new DataViewModel(TestTables.smallIris()));
        assertThat(view.root().lookup("#rowsGrid")).isNull();

        robot.interact(() -> host.getChildren().setAll(view.root()));
        DataScreen.waitUntilShown(robot);

        assertThat(robot.lookup("#rowsGrid").queryAs(RowsGrid.class).rowCount()).isEqualTo(4);
        assertThat(robot.lookup("#columnsGrid").queryAs(RowsGrid.class).rowCount()).isEqualTo(3);
    }

    @Test
    void showAllNowBuildsEveryPartWithoutAWindow() {
        DataView view = new DataView(new DataViewModel(TestTables.smallIris()));

        view.showAllNow();

        // A split pane's items join its children only once it has a skin (in a window), so look there.
        SplitPane split = (SplitPane) view.root().lookup("#dataSplit");
        assertThat(split.getItems()).hasSize(2);
        assertThat(split.getItems().get(0).lookup("#rowsGrid")).isInstanceOf(RowsGrid.class);
        assertThat(split.getItems().get(1).lookup("#columnsGrid")).isInstanceOf(RowsGrid.class);
        assertThat(view.root().lookup("#targetPicker")).isInstanceOf(TargetPicker.class);
    }

    @Test
    void hoveringAColumnExplainsItsType(FxRobot robot) throws Exception {
        show(new DataViewModel(TestTables.smallIris()), robot);
        RowsGrid columns = robot.lookup("#columnsGrid").queryAs(RowsGrid.class);

        robot.moveTo(centreOf(columns, 2, ColumnListSource.NAME));

        assertThat(columns.tooltipText()).isEqualTo("2 distinct labels repeated across 4 rows.");
    }

    @Test
    void clickingARoleOpensTheRoleMenuAndChangesTheRole(FxRobot robot) throws Exception {
        DataViewModel data = new DataViewModel(TestTables.smallIris());
        show(data, robot);
        RowsGrid columns = robot.lookup("#columnsGrid").queryAs(RowsGrid.class);
        assertThat(columns.visibleColumnTexts(ColumnListSource.ROLE).get(1))
                .isEqualTo("feature" + ColumnListSource.OPENS_MENU);

        robot.clickOn(centreOf(columns, 1, ColumnListSource.ROLE));
        robot.clickOn("#role-ignore");

        assertThat(data.roles().roleOf("petal_width")).isEqualTo(ColumnRole.IGNORE);
        assertThat(columns.visibleColumnTexts(ColumnListSource.ROLE).get(1))
                .isEqualTo("ignore" + ColumnListSource.OPENS_MENU);
    }

    @Test
    void clickingANameDoesNotOpenTheRoleMenu(FxRobot robot) throws Exception {
        show(new DataViewModel(TestTables.smallIris()), robot);
        RowsGrid columns = robot.lookup("#columnsGrid").queryAs(RowsGrid.class);

        robot.clickOn(centreOf(columns, 1, ColumnListSource.NAME));

        assertThat(robot.lookup("#role-ignore").tryQuery()).isEmpty();
        assertThat(columns.selectedRow()).isEqualTo(1);
    }

    @Test
    void theRoleMenuOpensFromTheKeyboard(FxRobot robot) throws Exception {
        DataViewModel data = new DataViewModel(TestTables.smallIris());
        show(data, robot);
        RowsGrid columns = robot.lookup("#columnsGrid").queryAs(RowsGrid.class);
        robot.interact(() -> {
            columns.requestFocus();
            columns.select(2);
        });

        robot.type(KeyCode.ENTER);
        robot.clickOn("#role-target");

        assertThat(data.roles().targetProperty().get()).isEqualTo("species");
    }

    @Test
    void theTargetMenuPicksAColumnAndCanGoBackToNoTarget(FxRobot robot) throws Exception {
        DataViewModel data = new DataViewModel(TestTables.smallIris());
        show(data, robot);
        TargetPicker picker = robot.lookup("#targetPicker").queryAs(TargetPicker.class);
        assertThat(picker.getText()).isEqualTo(TargetPicker.PROMPT);

        DataScreen.pickTarget(robot, data.roles().columnNames(), "species");
        assertThat(data.roles().targetProperty().get()).isEqualTo("species");
        assertThat(picker.getText()).isEqualTo("species");
        assertThat(robot.lookup("#taskSuggestion").queryAs(Label.class).getText())
                .isEqualTo("Suggested task: classification");

        DataScreen.pickTarget(robot, data.roles().columnNames(), null);
        assertThat(data.roles().targetProperty().get()).isNull();
        assertThat(picker.getText()).isEqualTo(TargetPicker.PROMPT);
    }

    @Test
    void theTargetMenuOpensFromTheKeyboard(FxRobot robot) throws Exception {
        DataViewModel data = new DataViewModel(TestTables.smallIris());
        show(data, robot);
        TargetPicker picker = robot.lookup("#targetPicker").queryAs(TargetPicker.class);
        robot.interact(picker::requestFocus);

        robot.type(KeyCode.SPACE);
        robot.clickOn("#" + TargetPicker.itemId(data.roles().columnNames(), "petal_width"));

        assertThat(data.roles().targetProperty().get()).isEqualTo("petal_width");
        assertThat(robot.lookup("#taskSuggestion").queryAs(Label.class).getText())
                .isEqualTo("Suggested task: regression");
    }

    private static Point2D centreOf(RowsGrid grid, int row, int column) {
        Bounds cell = grid.cellBounds(row, column);
        return grid.localToScreen(cell.getCenterX(), cell.getCenterY());
    }

    @Test
    void showsMissingValuesAsADash(FxRobot robot) throws Exception {
        show(new DataViewModel(TestTables.smallIris()), robot);

        assertThat(robot.lookup("#rowsGrid").queryAs(RowsGrid.class).visibleTexts())
                .contains(GridPainter.MISSING_MARK);
    }

    @Test
    void aWideFileShowsItsRowsAndColumnListAtOnce(FxRobot robot) throws Exception {
        show(new DataViewModel(TestTables.noisyClasses(1_000)), robot);

        RowsGrid rows = robot.lookup("#rowsGrid").queryAs(RowsGrid.class);
        assertThat(rows.columnNames()).containsExactly("#", "x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "label");
        assertThat(rows.rowCount()).isEqualTo(1_000);
        assertThat(robot.lookup("#columnsGrid").queryAs(RowsGrid.class).rowCount()).isEqualTo(9);
        // Only the rows in view are drawn: row 1 is, row 1,000 is not.
        assertThat(rows.visibleTexts()).contains("1").doesNotContain("1000");
    }

    @Test
    void scrollsToTheLastOfAMillionRows(FxRobot robot) throws Exception {
        show(new DataViewModel(TestTables.numbers(1_000_000)), robot);
        RowsGrid rows = robot.lookup("#rowsGrid").queryAs(RowsGrid.class);
        assertThat(rows.rowCount()).isEqualTo(1_000_000);

        robot.interact(() -> rows.select(999_999));

        assertThat(rows.selectedRow()).isEqualTo(999_999);
        assertThat(rows.visibleTexts()).contains("1000000", "999999", "499999.5");
    }

    @Test
    void theKeyboardMovesTheSelectionAndEndJumpsToTheLastRow(FxRobot robot) throws Exception {
        show(new DataViewModel(TestTables.numbers(10_000)), robot);
        RowsGrid rows = robot.lookup("#rowsGrid").queryAs(RowsGrid.class);
        robot.interact(rows::requestFocus);

        robot.type(KeyCode.DOWN, 3);
        assertThat(rows.selectedRow()).isEqualTo(2);
        assertThat(rows.getAccessibleText()).startsWith("Row 3 of 10,000: ");

        robot.type(KeyCode.END);
        assertThat(rows.selectedRow()).isEqualTo(9_999);
        assertThat(rows.visibleTexts()).contains("10000");

        robot.type(KeyCode.PAGE_UP);
        assertThat(rows.selectedRow()).isLessThan(9_999).isGreaterThan(9_950);
        robot.type(KeyCode.HOME);
        assertThat(rows.selectedRow()).isZero();
        assertThat(rows.firstVisibleRow()).isZero();
    }

    @Test
    void clickingARowSelectsItAndTheWheelScrolls(FxRobot robot) throws Exception {
        show(new DataViewModel(TestTables.numbers(10_000)), robot);
        RowsGrid rows = robot.lookup("#rowsGrid").queryAs(RowsGrid.class);

        // Under Monocle, TestFX's UP sends a negative deltaY of one line per notch: JavaFX's "towards the end".
        robot.moveTo(rows).scroll(5, VerticalDirection.UP);
        int first = rows.firstVisibleRow();
        assertThat(first).isEqualTo(5 * RowsGrid.ROWS_PER_LINE);
        robot.scroll(2, VerticalDirection.DOWN);
        assertThat(rows.firstVisibleRow()).isEqualTo(first - 2 * RowsGrid.ROWS_PER_LINE);
        first = rows.firstVisibleRow();

        robot.clickOn(rows);
        assertThat(rows.selectedRow()).isGreaterThanOrEqualTo(first);
        assertThat(rows.isFocused()).isTrue();
    }
}
