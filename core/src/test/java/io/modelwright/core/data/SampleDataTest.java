package io.modelwright.core.data;

import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import io.modelwright.runtime.schema.ColumnType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every file in the repository's sample-data folder imports with sensible types. */
class SampleDataTest {
    private static final Path SAMPLES = Path.of("../sample-data");

    private static ImportResult load(String name) {
        return new CsvImporter().load(SAMPLES.resolve(name), ImportOptions.detect(), ProgressListener.NONE,
                CancellationToken.create());
    }

    @ParameterizedTest
    @ValueSource(strings = {"iris.csv", "penguins.csv", "wine.csv", "breast_cancer.csv", "cars.csv", "diabetes.csv"})
    void importsEverySampleWithAReasonForEveryColumn(String name) {
        ImportResult r = load(name);
        assertThat(r.dialect().delimiter()).isEqualTo(',');
        assertThat(r.dialect().header()).isTrue();
        assertThat(r.skippedRows()).isZero();
        assertThat(r.table().rowCount()).isGreaterThan(100);
        for (Column c : r.table().columns()) {
            assertThat(c.reason()).as(c.name()).isNotBlank();
            assertThat(r.profiles().get(c.name()).count() + r.profiles().get(c.name()).missing())
                    .isEqualTo(r.table().rowCount());
        }
    }

    @Test
    void iris() {
        ImportResult r = load("iris.csv");
        assertThat(r.table().rowCount()).isEqualTo(150);
        assertThat(r.table().column("sepal_length").type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(r.table().column("species").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(r.profiles().get("species").topCategories()).hasSize(3)
                .allMatch(c -> c.count() == 50);
        ColumnProfile sepal = r.profiles().get("sepal_length");
        assertThat(sepal.min()).isEqualTo(4.3);
        assertThat(sepal.max()).isEqualTo(7.9);
        assertThat(sepal.histogram()).hasSize(ColumnProfiler.MAX_BINS);
        assertThat(sepal.histogram().stream().mapToInt(ColumnProfile.HistogramBin::count).sum()).isEqualTo(150);
    }

    @Test
    void cars() {
        ImportResult r = load("cars.csv");
        assertThat(r.table().column("Name").type()).isIn(ColumnType.TEXT, ColumnType.IDENTIFIER);
        Column mpg = r.table().column("Miles_per_Gallon");
        assertThat(mpg.type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(mpg.missingCount()).isEqualTo(8);
        assertThat(mpg.reason()).contains("8 empty treated as missing");
        assertThat(r.table().column("Horsepower").type()).isEqualTo(ColumnType.INTEGER);
        assertThat(r.table().column("Year").type()).isEqualTo(ColumnType.DATETIME);
        assertThat(r.table().column("Year").text(0)).isEqualTo("1970-01-01");
        assertThat(r.table().column("Origin").type()).isEqualTo(ColumnType.CATEGORICAL);
    }

    @Test
    void penguins() {
        ImportResult r = load("penguins.csv");
        Column sex = r.table().column("sex");
        assertThat(sex.type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(sex.missingCount()).isEqualTo(11);
        assertThat(sex.reason()).contains("11 'NA' treated as missing");
        assertThat(r.table().column("bill_length_mm").type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(r.table().column("body_mass_g").type()).isEqualTo(ColumnType.INTEGER);
        assertThat(r.table().column("species").type()).isEqualTo(ColumnType.CATEGORICAL);
    }

    @Test
    void wineDiabetesAndBreastCancer() {
        assertThat(load("wine.csv").table().column("cultivar").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(load("diabetes.csv").table().column("progression").type()).isEqualTo(ColumnType.INTEGER);
        ImportResult bc = load("breast_cancer.csv");
        assertThat(bc.table().column("diagnosis").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(bc.table().columns()).filteredOn(c -> c.type() == ColumnType.NUMERIC).hasSize(30);
    }
}
