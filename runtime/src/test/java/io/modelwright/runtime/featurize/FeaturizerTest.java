package io.modelwright.runtime.featurize;

import io.modelwright.runtime.schema.ColumnType;
import org.junit.jupiter.api.Test;
import org.tribuo.Example;
import org.tribuo.classification.Label;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeaturizerTest {

    private static final InputSpec WIDTH = new InputSpec("width", ColumnType.NUMERIC, Imputation.MEDIAN, 2.0, null,
            true, true, 3.0, 2.0, null, null, null, null, null, 0, 10);
    private static final InputSpec ISLAND = new InputSpec("island", ColumnType.CATEGORICAL,
            Imputation.MOST_FREQUENT, 0, "Dream", false, false, 0, 1, List.of("Biscoe", "Dream"), null, null,
            null, null, Double.NaN, Double.NaN);
    private static final InputSpec SEEN = new InputSpec("seen", ColumnType.DATETIME, Imputation.MEDIAN, 0, null,
            false, false, 0, 1, null, "uuuu-MM-dd", List.of(DatePart.YEAR, DatePart.MONTH, DatePart.DAY_OF_WEEK),
            null, null, Double.NaN, Double.NaN);
    private static final InputSpec ADULT = new InputSpec("adult", ColumnType.BOOLEAN, Imputation.MOST_FREQUENT, 1,
            null, false, false, 0, 1, null, "yes|no", null, null, null, 0, 1);
    private static final FeaturizerSpec SPEC = new FeaturizerSpec(FeaturizerSpec.CURRENT_VERSION,
            List.of(WIDTH, ISLAND, SEEN, ADULT), List.of(), null);

    private final Featurizer featurizer = new Featurizer(SPEC);
    private final RawValueParser parser = new RawValueParser(SPEC);

    @Test
    void standardizesNumbersAndSwitchesOnOneLevel() {
        FeatureVector v = featurizer.featurize(new Object[] {7.0, "Biscoe", 0.0, 1.0});

        assertThat(v.value("width")).isEqualTo(2.0);
        assertThat(v.value("width.missing")).isZero();
        assertThat(v.value("island=Biscoe")).isEqualTo(1.0);
        assertThat(v.names()).doesNotContain("island=Dream");
        assertThat(v.value("seen.year")).isEqualTo(1970);
        assertThat(v.value("seen.month")).isEqualTo(1);
        assertThat(v.value("seen.weekday")).isEqualTo(4); // 1970-01-01 was a Thursday
        assertThat(v.value("adult")).isEqualTo(1.0);
        assertThat(v.notes()).isEmpty();
    }

    @Test
    void fillsMissingValuesAndFlagsThem() {
        FeatureVector v = featurizer.featurize(new Object[] {Double.NaN, null, Double.NaN, Double.NaN});

        assertThat(v.value("width")).isEqualTo((2.0 - 3.0) / 2.0);
        assertThat(v.value("width.missing")).isEqualTo(1.0);
        assertThat(v.value("island=Dream")).isEqualTo(1.0);
        assertThat(v.value("adult")).isEqualTo(1.0);
    }

    @Test
    void reportsACategoryNotSeenInTraining() {
        FeatureVector v = featurizer.featurize(new Object[] {1.0, "Torgersen", 0.0, 0.0});

        assertThat(v.names()).noneMatch(n -> n.startsWith("island="));
        assertThat(v.notes()).singleElement().asString().contains("Torgersen").contains("island");
    }

    @Test
    void rawTextAndCanonicalValuesGiveIdenticalFeatures() {
        Map<String, Object> raw = new HashMap<>();
        raw.put("width", "4.5");
        raw.put("island", "Dream");
        raw.put("seen", "1998-06-12");
        raw.put("adult", "No");
        FeatureVector fromText = featurizer.featurize(parser.parse(raw));
        FeatureVector fromTable = featurizer.featurize(new Object[] {4.5, "Dream", 897_609_600.0, 0.0});

        assertThat(fromText.names()).containsExactly(fromTable.names());
        assertThat(fromText.values()).containsExactly(fromTable.values());
    }

    @Test
    void missingTokensInRawTextAreMissingValues() {
        Object[] canonical = parser.parse(Map.of("width", "NA", "island", "?", "seen", "", "adult", "yes"));

        assertThat((Double) canonical[0]).isNaN();
        assertThat(canonical[1]).isNull();
        assertThat((Double) canonical[2]).isNaN();
        assertThat(canonical[3]).isEqualTo(1.0);
    }

    @Test
    void missingTokensMatchTrimmedAndInAnyCase() {
        for (String missing : new String[] {"", "  ", " na ", "\tN/a", "NULL ", "nan", "?", " - ", ".", "Na\r"}) {
            assertThat((Double) parser.parse(Map.of("width", missing))[0]).as(missing).isNaN();
            assertThat(parser.parse(Map.of("island", missing))[1]).as(missing).isNull();
        }
        assertThatThrownBy(() -> parser.parse(Map.of("width", "n a"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> parser.parse(Map.of("width", "nä"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void readsUnquotedLinesAsTheirSplitFields() {
        String[] widths = {"7", " 7.25 ", "-0.0", "NA", "", "  na", "N/A ", "1e3", "12345678.123456789", "wide",
                "Infinity", "NaN", "-", ".", ".5", "5.", "+1", "\u00e9", "0x1p3", "-12345.6789"};
        String[] rests = {"Biscoe,2020-01-31,yes", " Dream ,,no", "?,NA,maybe", "Torgersen,12 June,1",
                "Biscoe,2020-01-31", "Biscoe,2020-01-31,yes,extra", "\"Bis,coe\",2020-01-31,yes"};
        for (String width : widths) {
            for (String rest : rests) {
                String line = width + "," + rest;
                Object[] fast = null;
                String fastError = null;
                try {
                    fast = parser.parseUnquotedLine(line);
                } catch (InvalidInputException e) {
                    fastError = e.getMessage();
                }
                if (fast == null && fastError == null) {
                    assertThat(line.contains("\"") || line.split(",", -1).length != 4).as(line).isTrue();
                    continue;
                }
                try {
                    Object[] general = parser.parse(io.modelwright.runtime.serve.CsvLines.split(line));
                    assertThat(fastError).as(line).isNull();
                    assertThat(fast).as(line).containsExactly(general);
                    assertThat(Double.doubleToRawLongBits((Double) fast[0]))
                            .isEqualTo(Double.doubleToRawLongBits((Double) general[0]));
                } catch (InvalidInputException e) {
                    assertThat(fastError).as(line).isEqualTo(e.getMessage());
                }
            }
        }
    }

    @Test
    void lowerCasingNeverShortensText() { // RawValueParser skips text longer than every missing token on this
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String s = new String(Character.toChars(cp));
            assertThat(s.toLowerCase(java.util.Locale.ROOT).length()).as("U+%04X", cp)
                    .isGreaterThanOrEqualTo(s.length());
        }
    }

    @Test
    void readsNumbersAsParseDoubleDoes() {
        for (String text : new String[] {"1", " -2.5 ", "+3", ".5", "5.", "-0.0", "0.000", "007", "1e5", "-1.5E-3",
                "1234567890.1234567", "0x1p3", "1d"}) {
            double expected = Double.parseDouble(text.trim());
            assertThat(Double.doubleToRawLongBits((Double) parser.parse(Map.of("width", text))[0])).as(text)
                    .isEqualTo(Double.doubleToRawLongBits(expected));
        }
        for (String notFinite : new String[] {"Infinity", "-Infinity", "+NaN"}) {
            assertThatThrownBy(() -> parser.parse(Map.of("width", notFinite)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("finite");
        }
    }

    @Test
    void rejectsUnreadableValuesNamingColumnAndValue() {
        assertThatThrownBy(() -> parser.parse(Map.of("width", "wide")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("width").hasMessageContaining("wide");
        assertThatThrownBy(() -> parser.parse(Map.of("width", Double.POSITIVE_INFINITY)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("finite");
        assertThatThrownBy(() -> parser.parse(Map.of("seen", "12 June")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("seen");
        assertThatThrownBy(() -> parser.parse(Map.of("adult", "maybe")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("yes or no");
    }

    @Test
    void buildsATribuoExampleWithEveryFeature() {
        FeatureVector v = featurizer.featurize(new Object[] {7.0, "Biscoe", 0.0, 1.0});
        Example<Label> example = Featurizer.toExample(v, new Label("a"));

        assertThat(example.size()).isEqualTo(v.size());
        assertThat(example.getOutput().getLabel()).isEqualTo("a");
    }

    @Test
    void mapsFeaturesBackToTheirColumn() {
        assertThat(FeatureNames.columnOf(SPEC, "island=Biscoe")).isEqualTo("island");
        assertThat(FeatureNames.columnOf(SPEC, "seen.month")).isEqualTo("seen");
        assertThat(FeatureNames.columnOf(SPEC, "width.missing")).isEqualTo("width");
        assertThat(FeatureNames.columnOf(SPEC, "nothing")).isNull();
    }

    /** A canonical table over rows of numbers (Double) and levels (String), as a data table would give them. */
    private static CanonicalTable tableOf(Object[][] rows) {
        return new CanonicalTable() {
            @Override
            public double number(int input, int row) {
                return (Double) rows[row][input];
            }

            @Override
            public String level(int input, int row) {
                return (String) rows[row][input];
            }
        };
    }

    @Test
    void sortedFeaturizerGivesEveryRowTheSameFeaturesInNameOrder() {
        Object[][] rows = {{7.0, "Biscoe", 0.0, 1.0}, {Double.NaN, null, Double.NaN, Double.NaN},
                {1.0, "Torgersen", 86_400.0 * 400, 0.0}, {-0.0, "Dream", -86_400.0 * 30, Double.POSITIVE_INFINITY}};
        CanonicalTable table = tableOf(rows);
        SortedFeaturizer sorted = new SortedFeaturizer(SPEC);
        for (int r = 0; r < rows.length; r++) {
            FeatureVector expected = featurizer.featurize(rows[r]);
            FeatureVector actual = sorted.featurize(table, r);
            assertThat(actual.names()).isSorted().containsExactlyInAnyOrder(expected.names());
            for (String name : expected.names()) {
                assertThat(Double.doubleToRawLongBits(actual.value(name))).as("row %d %s", r, name)
                        .isEqualTo(Double.doubleToRawLongBits(expected.value(name)));
            }
            assertThat(actual.notes()).isEqualTo(expected.notes());
        }
        assertThat(sorted.featurize(table, 2).notes()).singleElement().asString().contains("Torgersen");
    }

    @Test
    void sortedFeaturizerReadsCanonicalRowsAndCarriesTheGivenNameInstances() {
        Object[][] rows = {{7.0, "Biscoe", 0.0, 1.0}, {null, null, Double.NaN, Double.NaN},
                {1.0, "Torgersen", 86_400.0 * 400, 0.0}, {-0.0, "Dream", -86_400.0 * 30, Double.POSITIVE_INFINITY}};
        String island = new String("island=Biscoe");
        String width = new String("width");
        SortedFeaturizer sorted = new SortedFeaturizer(SPEC, List.of(island, width, "not a feature"));

        List<FeatureVector> features = sorted.featurize(java.util.Arrays.asList(rows));

        for (int r = 0; r < rows.length; r++) {
            FeatureVector expected = featurizer.featurize(rows[r]);
            FeatureVector actual = features.get(r);
            SortedExample.sortByName(expected.names(), expected.values());
            assertThat(actual.names()).containsExactly(expected.names());
            assertThat(actual.values()).containsExactly(expected.values());
            assertThat(actual.notes()).isEqualTo(expected.notes());
        }
        assertThat(features.get(0).names()[java.util.Arrays.asList(features.get(0).names()).indexOf("width")])
                .isSameAs(width);
        assertThat(features.get(0).names()[java.util.Arrays.asList(features.get(0).names()).indexOf("island=Biscoe")])
                .isSameAs(island);
        assertThatThrownBy(() -> sorted.featurize(List.<Object[]>of(new Object[] {1.0})))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sharingFeaturizerGivesRowsWithTheSameFeaturesOneNamesArray() {
        Object[][] rows = {{7.0, "Biscoe", 0.0, 1.0}, {3.0, "Biscoe", 86_400.0, 0.0}, {Double.NaN, null, 0.0, 1.0},
                {1.0, "Dream", 0.0, 1.0}, {Double.NaN, "Biscoe", 5.0, 1.0}, {2.0, "Dream", 9.0, 0.0}};
        CanonicalTable table = tableOf(rows);
        SortedFeaturizer plain = new SortedFeaturizer(SPEC);
        SortedFeaturizer sharing = SortedFeaturizer.sharingNames(SPEC);
        FeatureVector[] shared = new FeatureVector[rows.length];
        for (int r = 0; r < rows.length; r++) {
            FeatureVector expected = plain.featurize(table, r);
            shared[r] = sharing.featurize(table, r);
            assertThat(shared[r].names()).as("row %d", r).containsExactly(expected.names());
            assertThat(shared[r].values()).as("row %d", r).containsExactly(expected.values());
            assertThat(shared[r].notes()).as("row %d", r).isEqualTo(expected.notes());
        }
        // Rows 0, 1 and 4 have island=Biscoe, rows 3 and 5 island=Dream (row 2's missing island is filled with
        // Dream, but it also flags width as missing: the width.missing value differs, the name does not).
        assertThat(shared[1].names()).isSameAs(shared[0].names());
        assertThat(shared[4].names()).isSameAs(shared[0].names());
        assertThat(shared[5].names()).isSameAs(shared[3].names()).isSameAs(shared[2].names());
        assertThat(shared[3].names()).isNotSameAs(shared[0].names());
        assertThat(plain.featurize(table, 1).names()).isNotSameAs(plain.featurize(table, 0).names());
    }
}
