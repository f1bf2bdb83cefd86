package io.modelwright.core.data;

import org.apache.commons.csv.CSVFormat;

/** The one place that turns a delimiter and quote into a Commons CSV format, so sniffing and parsing agree. */
final class CsvFormats {
    private CsvFormats() {
    }

    /** Trimming is done by import itself (cheaper, and also applies inside quotes); empty lines are skipped. */
    static CSVFormat of(char delimiter, char quote) {
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setQuote(quote)
                .setIgnoreEmptyLines(true)
                .get();
    }
}
