package io.modelwright.core.data;

import io.modelwright.runtime.schema.ColumnType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnTypingTest {

    @Test
    void readsMixedCaseBooleansAndZeroOneAsBoolean() {
        ImportResult r = Corpus.load("booleans.csv");
        NumericColumn flag = (NumericColumn) r.table().column("flag");
        assertThat(flag.type()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(flag.values()).containsExactly(1, 0, 1, 0, 1, 0);
        assertThat(flag.format()).isEqualTo("True|FALSE");
        assertThat(((NumericColumn) r.table().column("answer")).values()).containsExactly(1, 0, 1, 0, 1, 0);
        Column bit = r.table().column("bit");
        assertThat(bit.type()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(bit.reason()).contains("0 or 1").contains("integer if these are counts");
    }

    @Test
    void readsDatesInSeveralFormatsAsEpochSecondsUtc() {
        ImportResult r = Corpus.load("dates.csv");
        NumericColumn iso = (NumericColumn) r.table().column("iso");
        assertThat(iso.type()).isEqualTo(ColumnType.DATETIME);
        assertThat(iso.format()).isEqualTo("uuuu-MM-dd");
        assertThat(iso.value(0)).isEqualTo(1325376000.0);
        assertThat(iso.missingCount()).isEqualTo(1);
        NumericColumn dateTime = (NumericColumn) r.table().column("datetime");
        assertThat(dateTime.value(0)).isEqualTo(1325376000.0 + 10 * 3600 + 15 * 60 + 30);
        NumericColumn us = (NumericColumn) r.table().column("us");
        assertThat(us.type()).isEqualTo(ColumnType.DATETIME);
        assertThat(us.text(0)).isEqualTo("1/31/2020");
        assertThat(us.reason()).contains("1 'NA' treated as missing");
        NumericColumn month = (NumericColumn) r.table().column("text_month");
        assertThat(month.type()).isEqualTo(ColumnType.DATETIME);
        assertThat(month.text(0)).isEqualTo("Jun 12 1998");
        assertThat(r.table().column("count").type()).isEqualTo(ColumnType.INTEGER);
    }

    @Test
    void treatsEveryDefaultMissingTokenAsMissingWhateverItsCase() {
        ImportResult r = Corpus.load("missing_tokens.csv");
        Column x = r.table().column("x");
        assertThat(x.type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(x.missingCount()).isEqualTo(10);
        assertThat(x.reason()).contains("3 'NA'", "1 'N/A'", "1 'null'", "1 'NaN'", "1 '?'", "1 '-'", "1 '.'",
                "1 empty", "treated as missing");
        assertThat(r.warnings()).anyMatch(w -> w.kind() == DataWarning.Kind.MANY_MISSING && "x".equals(w.column()));
    }

    @Test
    void usesConfiguredMissingTokensInstead() {
        ImportResult r = Corpus.load("missing_tokens.csv", Corpus.missingTokens(List.of("", "NA")));
        assertThat(r.table().column("x").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(r.table().column("x").missingCount()).isEqualTo(4);
    }

    @Test
    void readsNanAsMissingAndInfinityAsInfiniteNumbers() {
        ImportResult r = Corpus.load("infinity_nan.csv");
        NumericColumn v = (NumericColumn) r.table().column("v");
        assertThat(v.type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(v.missingCount()).isEqualTo(2);
        assertThat(v.value(3)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(v.value(4)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(v.reason()).contains("2 'Infinity'/'-Infinity' read as infinite numbers", "2 'NaN' treated as missing");
        assertThat(r.profiles().get("v").max()).isEqualTo(4.0);
    }

    @Test
    void keepsAMostlyNumericColumnNumericAndCountsWhatDidNotParse() {
        Column c = Corpus.load("mostly_numbers.csv").table().column("reading");
        assertThat(c.type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(c.missingCount()).isEqualTo(11);
        assertThat(c.reason()).isEqualTo("99% of 90 values are numbers; 10 'NA' treated as missing; 1 value that does "
                + "not parse as a number (e.g. 'oops') became missing");
    }

    @Test
    void recognisesIdentifiersAndWarns() {
        ImportResult r = Corpus.load("id_column.csv");
        assertThat(r.table().column("customer_id").type()).isEqualTo(ColumnType.IDENTIFIER);
        assertThat(r.table().column("code").type()).isEqualTo(ColumnType.IDENTIFIER);
        assertThat(r.table().column("age").type()).isEqualTo(ColumnType.INTEGER);
        assertThat(r.warnings()).filteredOn(w -> w.kind() == DataWarning.Kind.LIKELY_IDENTIFIER)
                .extracting(DataWarning::column).containsExactly("customer_id", "code");
    }

    @Test
    void recognisesConstantAndEmptyColumns() {
        ImportResult r = Corpus.load("constant_column.csv");
        assertThat(r.table().column("country").type()).isEqualTo(ColumnType.CONSTANT);
        assertThat(r.table().column("version").type()).isEqualTo(ColumnType.CONSTANT);
        assertThat(r.warnings()).filteredOn(w -> w.kind() == DataWarning.Kind.CONSTANT).hasSize(2);
        Column empty = Corpus.load("empty_column.csv").table().column("b");
        assertThat(empty.type()).isEqualTo(ColumnType.EMPTY);
        assertThat(empty.missingCount()).isEqualTo(3);
    }

    @Test
    void renamesDuplicateAndBlankHeaders() {
        ImportResult r = Corpus.load("duplicate_headers.csv");
        assertThat(r.table().columnNames()).containsExactly("a", "b", "a_2", "column_4", "a_3");
        assertThat(r.warnings()).anyMatch(w -> w.kind() == DataWarning.Kind.DUPLICATE_HEADER
                && w.message().contains("a, a_2, a_3"));
    }

    @Test
    void convertsEveryOverriddenTypeAndCountsWhatDidNotFit() {
        ImportResult r = Corpus.load("dates.csv", Corpus.overrides(Map.of(
                "count", ColumnType.CATEGORICAL, "text_month", ColumnType.NUMERIC, "iso", ColumnType.TEXT)));
        CategoricalColumn count = (CategoricalColumn) r.table().column("count");
        assertThat(count.levels()).containsExactly("1", "2", "3", "4");
        NumericColumn month = (NumericColumn) r.table().column("text_month");
        assertThat(month.type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(month.missingCount()).isEqualTo(4);
        assertThat(month.reason()).startsWith("Set to numeric by you").contains("4 values that do not parse");
        assertThat(r.table().column("iso").type()).isEqualTo(ColumnType.TEXT);

        ImportResult m = Corpus.load("mostly_numbers.csv", Corpus.overrides(Map.of("reading", ColumnType.INTEGER)));
        NumericColumn reading = (NumericColumn) m.table().column("reading");
        assertThat(reading.type()).isEqualTo(ColumnType.INTEGER);
        assertThat(reading.value(2)).isEqualTo(1.0);
        assertThat(reading.value(1)).isNaN();
        assertThat(reading.reason()).contains("do not parse as a whole number");

        ImportResult b = Corpus.load("booleans.csv", Corpus.overrides(Map.of("bit", ColumnType.INTEGER)));
        assertThat(b.table().column("bit").type()).isEqualTo(ColumnType.INTEGER);

        ImportResult p = Corpus.load("no_header.csv", Corpus.overrides(Map.of("column_3", ColumnType.BOOLEAN)));
        NumericColumn species = (NumericColumn) p.table().column("column_3");
        assertThat(species.values()).containsExactly(0, 0, 1, 1);
        assertThat(species.format()).isEqualTo("virginica|setosa");
    }

    @Test
    void convertsTextToDatesOnOverride() {
        ImportResult r = Corpus.load("constant_column.csv", Corpus.overrides(Map.of("x", ColumnType.DATETIME)));
        assertThat(r.table().column("x").type()).isEqualTo(ColumnType.DATETIME);
    }
}
