package io.modelwright.core.train;

import io.modelwright.core.data.DataTable;
import io.modelwright.runtime.featurize.FeatureVector;
import io.modelwright.runtime.featurize.Featurizer;
import io.modelwright.runtime.featurize.FeaturizerSpec;
import io.modelwright.runtime.featurize.InputSpec;
import io.modelwright.runtime.featurize.RawValueParser;
import io.modelwright.runtime.featurize.SortedFeaturizer;
import io.modelwright.runtime.schema.ColumnType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class FeaturizerParityTest {

    @ParameterizedTest
    @ValueSource(strings = {"cars", "penguins"})
    void tablePathAndRawTextPathGiveIdenticalFeaturesForEveryRow(String name) {
        DataTable table = SampleTables.load(name);
        for (boolean standardize : new boolean[] {false, true}) {
            FeaturizerSpec spec = new FeaturizerFitter(standardize).fit(table,
                    FeaturizerFitter.defaultFeatureColumns(table, null, List.of()), allRows(table));
            Featurizer featurizer = new Featurizer(spec);
            TableRows rows = new TableRows(table, spec);
            RawValueParser parser = new RawValueParser(spec);
            for (int r = 0; r < table.rowCount(); r++) {
                List<String> raw = new ArrayList<>();
                for (InputSpec in : spec.inputs()) {
                    raw.add(table.column(in.name()).text(r));
                }
                FeatureVector fromTable = featurizer.featurize(rows.row(r));
                FeatureVector fromText = featurizer.featurize(parser.parse(raw));
                assertThat(fromText.names()).as("row %d", r).containsExactly(fromTable.names());
                for (int i = 0; i < fromTable.size(); i++) {
                    assertThat(Double.doubleToRawLongBits(fromText.values()[i])).as("row %d %s", r, fromTable.names()[i])
                            .isEqualTo(Double.doubleToRawLongBits(fromTable.values()[i]));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cars", "penguins"})
    void sortedTrainingPathGivesTheScorersFeaturesBitForBitInTribuosOrder(String name) {
        DataTable table = SampleTables.load(name);
        List<String> columns = FeaturizerFitter.defaultFeatureColumns(table, null, List.of());
        // Fitted on some rows only, so that other rows bring categories the spec has not seen.
        String column = name.equals("cars") ? "Origin" : "island";
        String unseen = name.equals("cars") ? "Japan" : "Torgersen";
        int[] someRows = IntStream.range(0, table.rowCount())
                .filter(r -> r % 3 != 0 && !table.column(column).text(r).equals(unseen)).toArray();
        int notes = 0;
        for (int[] fitRows : List.of(allRows(table), someRows)) {
            for (boolean standardize : new boolean[] {false, true}) {
                FeaturizerSpec spec = new FeaturizerFitter(standardize).fit(table, columns, fitRows);
                Featurizer featurizer = new Featurizer(spec);
                SortedFeaturizer sorted = new SortedFeaturizer(spec);
                SortedFeaturizer sharing = SortedFeaturizer.sharingNames(spec);
                TableRows rows = new TableRows(table, spec);
                for (int r = 0; r < table.rowCount(); r++) {
                    FeatureVector perRow = featurizer.featurize(rows.row(r));
                    FeatureVector fast = sorted.featurize(rows, r);
                    FeatureVector shared = sharing.featurize(rows, r);
                    assertThat(shared.names()).as("row %d", r).containsExactly(fast.names());
                    assertThat(shared.values()).as("row %d", r).containsExactly(fast.values());
                    assertThat(shared.notes()).as("row %d", r).isEqualTo(fast.notes());
                    Integer[] order = IntStream.range(0, perRow.size()).boxed().toArray(Integer[]::new);
                    java.util.Arrays.sort(order, java.util.Comparator.comparing(i -> perRow.names()[i]));
                    assertThat(fast.names()).as("row %d", r)
                            .containsExactly(java.util.Arrays.stream(order).map(i -> perRow.names()[i]).toArray(String[]::new));
                    for (int k = 0; k < order.length; k++) {
                        assertThat(Double.doubleToRawLongBits(fast.values()[k])).as("row %d %s", r, fast.names()[k])
                                .isEqualTo(Double.doubleToRawLongBits(perRow.values()[order[k]]));
                    }
                    assertThat(fast.notes()).as("row %d", r).isEqualTo(perRow.notes());
                    notes += fast.notes().size();
                }
            }
        }
        assertThat(notes).as("rows with a category unseen in training").isPositive();
    }

    @Test
    void learnsFromTrainingRowsOnly() {
        DataTable table = SampleTables.load("penguins");
        int[] adelieOnly = IntStream.range(0, table.rowCount())
                .filter(r -> table.column("species").text(r).equals("Adelie")).toArray();
        FeaturizerSpec spec = new FeaturizerFitter(true).fit(table, List.of("island", "bill_length_mm"), adelieOnly);
        InputSpec bill = spec.input("bill_length_mm");
        assertThat(bill.max()).isLessThan(47); // Adelie bills are short; other species reach 59
        assertThat(bill.imputation().name()).isEqualTo("MEDIAN");
        assertThat(bill.missingIndicator()).isTrue();
        assertThat(spec.input("island").levels()).containsExactly("Biscoe", "Dream", "Torgersen");
    }

    @Test
    void carsYearBecomesDatePartsAndNameIsLeftOut() {
        DataTable table = SampleTables.load("cars");
        List<String> columns = FeaturizerFitter.defaultFeatureColumns(table, "Miles_per_Gallon", List.of());
        assertThat(columns).doesNotContain("Name", "Miles_per_Gallon").contains("Year", "Origin");
        FeaturizerSpec spec = new FeaturizerFitter(false).fit(table, columns, allRows(table));
        InputSpec year = spec.input("Year");
        assertThat(year.type()).isEqualTo(ColumnType.DATETIME);
        assertThat(year.dateParts()).extracting(Enum::name).containsExactly("YEAR", "DAY_OF_WEEK"); // month and day never change
        assertThat(year.partMeans()).hasSize(2);
        assertThat(spec.featureNames()).contains("Year.year", "Origin=USA", "Horsepower.missing");
        assertThat(spec.featureNames()).isSorted();
    }

    static int[] allRows(DataTable table) {
        return IntStream.range(0, table.rowCount()).toArray();
    }
}
