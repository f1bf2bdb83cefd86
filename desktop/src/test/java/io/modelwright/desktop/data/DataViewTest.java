package io.modelwright.desktop.data;

import io.modelwright.desktop.testing.TestTables;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

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

        TableView<?> rows = robot.lookup("#rowsTable").queryTableView();
        assertThat(rows.getItems()).hasSize(4);
        assertThat(rows.getColumns()).extracting(c -> c.getText())
                .containsExactly("#", "sepal_length", "petal_width", "species");
        assertThat(robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .extracting(cell -> cell.getText()).contains("5.1", "4.9", "versicolor");
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

        assertThat(robot.lookup("#rowsTable .table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .extracting(cell -> cell.getText()).contains(ValueCell.MISSING_MARK);
    }

    @Test
    void aWideFileGrowsItsRowsTableAndShowsItsColumnListWithinAFewFrames(FxRobot robot) throws Exception {
        show(new DataViewModel(TestTables.noisyClasses(1_000)), robot);
        TableView<?> rows = robot.lookup("#rowsTable").queryTableView();
        TableView<?> columns = robot.lookup("#columnsTable").queryTableView();
        assertThat(rows.getColumns()).extracting(c -> c.getText())
                .containsExactly("#", "x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "label");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> columns.getItems().size() == 9);

        assertThat(rows.getItems()).hasSize(1_000);
        assertThat(rows.getMaxHeight()).isEqualTo(Double.MAX_VALUE);
    }

    @Test
    void scrollsToTheLastOfAMillionRows(FxRobot robot) {
        show(new DataViewModel(TestTables.numbers(1_000_000)), robot);
        TableView<?> rows = robot.lookup("#rowsTable").queryTableView();
        assertThat(rows.getItems()).hasSize(1_000_000);

        robot.interact(() -> rows.scrollTo(999_999));

        assertThat(robot.lookup("#rowsTable .table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .extracting(cell -> cell.getText())
                .contains("1000000", "999999", "499999.5");
    }
}
