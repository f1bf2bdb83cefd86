package io.modelwright.desktop.data;

import io.modelwright.desktop.testing.TestTables;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

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

    private void show(DataViewModel data, FxRobot robot) {
        robot.interact(() -> host.getChildren().setAll(new DataView(data).root()));
    }

    @Test
    void showsRowsColumnsWarningsAndStatus(FxRobot robot) {
        show(new DataViewModel(TestTables.smallIris()), robot);

        RowsGrid rows = robot.lookup("#rowsGrid").queryAs(RowsGrid.class);
        assertThat(rows.rowCount()).isEqualTo(4);
        assertThat(rows.columnNames()).containsExactly("#", "sepal_length", "petal_width", "species");
        assertThat(rows.visibleTexts()).contains("sepal_length", "5.1", "4.9", "versicolor", "4");
        TableView<?> columns = robot.lookup("#columnsTable").queryTableView();
        assertThat(columns.getItems()).hasSize(3);
        assertThat(robot.lookup("#warningsBox .warning").queryAs(Label.class).getText())
                .isEqualTo("petal_width: 25% of the values are missing.");
        assertThat(robot.lookup("#statusLine").queryAs(Label.class).getText())
                .isEqualTo("iris.csv · 4 rows · 3 columns · UTF-8, comma-separated, decimal point");
    }

    @Test
    void hoveringAColumnExplainsItsType(FxRobot robot) {
        show(new DataViewModel(TestTables.smallIris()), robot);
        TableRow<?> speciesRow = robot.lookup("#columnsTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> row.getItem() instanceof ColumnSummary summary && summary.name().equals("species"))
                .findFirst().orElseThrow();

        robot.moveTo(speciesRow);

        assertThat(speciesRow.getTooltip()).isNotNull();
        assertThat(speciesRow.getTooltip().getText()).isEqualTo("2 distinct labels repeated across 4 rows.");
    }

    @Test
    void clickingARoleOpensTheRoleMenuAndChangesTheRole(FxRobot robot) {
        DataViewModel data = new DataViewModel(TestTables.smallIris());
        show(data, robot);
        RoleCell petalWidthRole = robot.lookup("#columnsTable .role-cell").queryAllAs(RoleCell.class).stream()
                .filter(cell -> cell.getTableRow() != null && cell.getTableRow().getItem() != null
                        && cell.getTableRow().getItem().name().equals("petal_width"))
                .findFirst().orElseThrow();
        assertThat(petalWidthRole.getText()).isEqualTo("feature" + RoleCell.OPENS_MENU);

        robot.clickOn(petalWidthRole);
        robot.clickOn("#role-ignore");

        assertThat(data.roles().roleOf("petal_width")).isEqualTo(ColumnRole.IGNORE);
        assertThat(petalWidthRole.getText()).isEqualTo("ignore" + RoleCell.OPENS_MENU);
    }

    @Test
    void theRoleMenuOpensFromTheKeyboard(FxRobot robot) {
        DataViewModel data = new DataViewModel(TestTables.smallIris());
        show(data, robot);
        TableView<?> columns = robot.lookup("#columnsTable").queryTableView();
        robot.interact(() -> {
            columns.requestFocus();
            columns.getSelectionModel().select(2);
        });

        robot.type(javafx.scene.input.KeyCode.ENTER);
        robot.clickOn("#role-target");

        assertThat(data.roles().targetProperty().get()).isEqualTo("species");
    }

    @Test
    void showsMissingValuesAsADash(FxRobot robot) {
        show(new DataViewModel(TestTables.smallIris()), robot);

        assertThat(robot.lookup("#rowsGrid").queryAs(RowsGrid.class).visibleTexts())
                .contains(GridPainter.MISSING_MARK);
    }

    @Test
    void aWideFileShowsItsRowsAndColumnListAtOnce(FxRobot robot) {
        show(new DataViewModel(TestTables.noisyClasses(1_000)), robot);

        RowsGrid rows = robot.lookup("#rowsGrid").queryAs(RowsGrid.class);
        assertThat(rows.columnNames()).containsExactly("#", "x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "label");
        assertThat(rows.rowCount()).isEqualTo(1_000);
        assertThat(robot.lookup("#columnsTable").queryTableView().getItems()).hasSize(9);
        // Only the rows in view are drawn: row 1 is, row 1,000 is not.
        assertThat(rows.visibleTexts()).contains("1").doesNotContain("1000");
    }

    @Test
    void scrollsToTheLastOfAMillionRows(FxRobot robot) {
        show(new DataViewModel(TestTables.numbers(1_000_000)), robot);
        RowsGrid rows = robot.lookup("#rowsGrid").queryAs(RowsGrid.class);
        assertThat(rows.rowCount()).isEqualTo(1_000_000);

        robot.interact(() -> rows.select(999_999));

        assertThat(rows.selectedRow()).isEqualTo(999_999);
        assertThat(rows.visibleTexts()).contains("1000000", "999999", "499999.5");
    }

    @Test
    void theKeyboardMovesTheSelectionAndEndJumpsToTheLastRow(FxRobot robot) {
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
    void clickingARowSelectsItAndTheWheelScrolls(FxRobot robot) {
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
