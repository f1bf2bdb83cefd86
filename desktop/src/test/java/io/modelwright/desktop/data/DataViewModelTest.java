package io.modelwright.desktop.data;

import io.modelwright.core.data.CsvDialect;
import io.modelwright.core.data.ImportResult;
import io.modelwright.desktop.testing.TestTables;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DataViewModelTest {

    @Test
    void listsEachColumnWithTypeMissingShareAndReason() {
        DataViewModel data = new DataViewModel(TestTables.smallIris());

        assertThat(data.columnSummaries()).containsExactly(
                new ColumnSummary("sepal_length", "numeric", "0%", "All 4 values are numbers with decimals."),
                new ColumnSummary("petal_width", "numeric", "25%", "All 3 values are numbers with decimals."),
                new ColumnSummary("species", "categorical", "0%", "2 distinct labels repeated across 4 rows."));
    }

    @Test
    void statusLineSaysFileShapeAndDialect() {
        DataViewModel data = new DataViewModel(TestTables.smallIris());

        assertThat(data.statusText()).isEqualTo("iris.csv · 4 rows · 3 columns · UTF-8, comma-separated, decimal point");
    }

    @Test
    void statusLineMentionsEuropeanDialectsAndSkippedRows() {
        ImportResult iris = TestTables.smallIris();
        CsvDialect european = new CsvDialect(StandardCharsets.ISO_8859_1, false, ';', '"', true, ',', "\r\n");
        ImportResult imported = new ImportResult(Path.of("/data/ventes.csv"), european, iris.table(), Map.of(),
                List.of(), 2);

        assertThat(new DataViewModel(imported).statusText()).isEqualTo(
                "ventes.csv · 4 rows · 3 columns · ISO-8859-1, semicolon-separated, decimal comma · 2 bad rows skipped");
    }

    @Test
    void rowsAreReadFromTheColumnsNotCopied() {
        DataViewModel data = new DataViewModel(TestTables.numbers(1_000_000));

        assertThat(data.rows().rowCount()).isEqualTo(1_000_000);
        assertThat(data.rows().columnCount()).isEqualTo(2);
        assertThat(data.rows().cellText(0, 999_999)).isEqualTo(data.columns().get(0).text(999_999));
        assertThat(data.shapeText()).isEqualTo("1,000,000 rows · 2 columns");
    }

    @Test
    void numberColumnsAreAsWideAsTheirLargestValueNotJustTheFirstRows() {
        GridSource rows = new DataViewModel(TestTables.numbers(1_000_000)).rows();

        // The first rows hold 0 .. 14.5; the last, 999999 and 499999.5.
        assertThat(rows.characters(0)).isEqualTo("999999".length());
        assertThat(rows.characters(1)).isEqualTo("499999.5".length());
    }

    @Test
    void cellsReadTheColumnAsTheFileHadIt() {
        GridSource rows = new DataViewModel(TestTables.smallIris()).rows();

        assertThat(rows.cellText(0, 0)).isEqualTo("5.1");
        assertThat(rows.cellText(1, 1)).isEmpty();
        assertThat(rows.cellText(2, 3)).isEqualTo("versicolor");
        assertThat(rows.header(2)).isEqualTo("species");
        assertThat(rows.numeric(0)).isTrue();
        assertThat(rows.numeric(2)).isFalse();
        // "versicolor" is the longest of the sampled values (the header is measured apart, in bold).
        assertThat(rows.characters(2)).isEqualTo("versicolor".length());
    }

    @Test
    void warningsNameTheirColumn() {
        DataViewModel data = new DataViewModel(TestTables.smallIris());

        assertThat(data.warnings()).containsExactly("petal_width: 25% of the values are missing.");
    }

    @Test
    void missingShareIsReadableAtEveryScale() {
        assertThat(ColumnSummary.missingText(0, 10)).isEqualTo("0%");
        assertThat(ColumnSummary.missingText(1, 8)).isEqualTo("12.5%");
        assertThat(ColumnSummary.missingText(1, 1_000_000)).isEqualTo("<0.1%");
        assertThat(ColumnSummary.missingText(10, 10)).isEqualTo("100%");
    }
}
