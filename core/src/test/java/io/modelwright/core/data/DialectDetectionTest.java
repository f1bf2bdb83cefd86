package io.modelwright.core.data;

import io.modelwright.runtime.schema.ColumnType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DialectDetectionTest {

    @Test
    void detectsUtf8ByteOrderMarkAndKeepsItOutOfTheFirstName() {
        ImportResult r = Corpus.load("bom_utf8.csv");
        assertThat(r.dialect().encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(r.dialect().bom()).isTrue();
        assertThat(r.table().columnNames()).containsExactly("n", "value", "group");
    }

    @Test
    void detectsCrLfLineEndings() {
        ImportResult r = Corpus.load("crlf.csv");
        assertThat(r.dialect().lineEnding()).isEqualTo("\r\n");
        assertThat(r.table().rowCount()).isEqualTo(30);
        assertThat(r.table().column("group").text(0)).isEqualTo("x0");
    }

    @Test
    void keepsNewlinesInsideQuotedValues() {
        ImportResult r = Corpus.load("quoted_newlines.csv");
        assertThat(r.table().rowCount()).isEqualTo(4);
        assertThat(r.table().column("comment").text(0)).isEqualTo("first line\nsecond line");
        assertThat(r.table().column("comment").text(1)).isEqualTo("one\r\ntwo\r\nthree");
        assertThat(r.table().column("score").type()).isEqualTo(ColumnType.INTEGER);
    }

    @Test
    void readsDoubledQuotesAsOneQuote() {
        ImportResult r = Corpus.load("doubled_quotes.csv");
        assertThat(r.table().column("quote").text(0)).isEqualTo("She said \"hi\"");
        assertThat(r.table().column("quote").text(1)).isEqualTo("a \"b\", c");
    }

    @Test
    void detectsSemicolonsWithDecimalCommas() {
        ImportResult r = Corpus.load("semicolon_decimal_comma.csv");
        assertThat(r.dialect().delimiter()).isEqualTo(';');
        assertThat(r.dialect().decimalSeparator()).isEqualTo(',');
        NumericColumn weight = (NumericColumn) r.table().column("Gewicht");
        assertThat(weight.type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(weight.values()).containsExactly(1.5, 2.75, -0.5, 12.0);
        assertThat(((NumericColumn) r.table().column("Preis")).values()).containsExactly(10.25, 3.0, 1234.5, 7.0);
    }

    @Test
    void detectsTabs() {
        ImportResult r = Corpus.load("tabs.tsv");
        assertThat(r.dialect().delimiter()).isEqualTo('\t');
        assertThat(r.table().column("population").type()).isEqualTo(ColumnType.INTEGER);
        assertThat(r.table().column("area").type()).isEqualTo(ColumnType.NUMERIC);
    }

    @Test
    void detectsPipes() {
        ImportResult r = Corpus.load("pipes.csv");
        assertThat(r.dialect().delimiter()).isEqualTo('|');
        assertThat(r.table().column("b").text(0)).isEqualTo("x y");
    }

    @Test
    void fallsBackToWindows1252WhenBytesAreNotUtf8() {
        ImportResult r = Corpus.load("windows1252.csv");
        assertThat(r.dialect().encoding().name()).isEqualTo("windows-1252");
        assertThat(r.table().column("name").text(0)).isEqualTo("José");
        assertThat(r.table().column("city").text(1)).isEqualTo("Köln");
        assertThat(r.table().column("city").text(4)).isEqualTo("€uro");
    }

    @Test
    void readsUtf16LittleAndBigEndianWithByteOrderMark() {
        for (String name : new String[] {"utf16le_bom.csv", "utf16be_bom.csv"}) {
            ImportResult r = Corpus.load(name);
            assertThat(r.dialect().bom()).isTrue();
            assertThat(r.dialect().encoding().name()).startsWith("UTF-16");
            assertThat(r.table().columnNames()).containsExactly("name", "score");
            assertThat(r.table().column("name").text(2)).isEqualTo("名前");
            assertThat(((NumericColumn) r.table().column("score")).values()).containsExactly(1.5, 2.5, 3.5);
        }
    }

    @Test
    void trimsWhitespaceAroundNamesAndValues() {
        ImportResult r = Corpus.load("whitespace.csv");
        assertThat(r.table().columnNames()).containsExactly("a", "b", "c");
        assertThat(r.table().column("a").type()).isEqualTo(ColumnType.INTEGER);
        assertThat(r.table().column("b").text(0)).isEqualTo("x");
        assertThat(r.profiles().get("b").distinct()).isEqualTo(2);
    }

    @Test
    void seesThatAFirstRowOfNumbersIsNoHeader() {
        ImportResult r = Corpus.load("no_header.csv");
        assertThat(r.dialect().header()).isFalse();
        assertThat(r.table().rowCount()).isEqualTo(4);
        assertThat(r.table().columnNames()).containsExactly("column_1", "column_2", "column_3");
    }

    @Test
    void obeysForcedDelimiterEncodingHeaderAndDecimal() {
        ImportResult r = Corpus.load("semicolon_decimal_comma.csv",
                Corpus.dialect(StandardCharsets.ISO_8859_1, ';', '.', false));
        assertThat(r.dialect().header()).isFalse();
        assertThat(r.dialect().decimalSeparator()).isEqualTo('.');
        assertThat(r.table().rowCount()).isEqualTo(5);
        assertThat(r.table().column("column_2").type()).isNotIn(ColumnType.NUMERIC, ColumnType.INTEGER);
    }
}
