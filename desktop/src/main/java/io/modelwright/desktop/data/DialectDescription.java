package io.modelwright.desktop.data;

import io.modelwright.core.data.CsvDialect;

/** Says how a CSV file is written, in words: "UTF-8, comma-separated, decimal point". */
final class DialectDescription {
    private DialectDescription() {
    }

    static String of(CsvDialect dialect) {
        if (dialect == null) {
            return "";
        }
        String encoding = dialect.encoding() == null ? "unknown encoding" : dialect.encoding().displayName();
        if (dialect.bom()) {
            encoding += " with BOM";
        }
        String text = encoding + ", " + delimiterName(dialect.delimiter()) + ", "
                + (dialect.decimalSeparator() == ',' ? "decimal comma" : "decimal point");
        return dialect.header() ? text : text + ", no header row";
    }

    private static String delimiterName(char delimiter) {
        return switch (delimiter) {
            case ',' -> "comma-separated";
            case ';' -> "semicolon-separated";
            case '\t' -> "tab-separated";
            case '|' -> "pipe-separated";
            default -> "separated by '" + delimiter + "'";
        };
    }
}
