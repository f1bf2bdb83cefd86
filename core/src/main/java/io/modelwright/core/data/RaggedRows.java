package io.modelwright.core.data;

import java.nio.file.Path;

import static io.modelwright.core.data.TypeReasons.count;

/** Words for rows that have more or fewer fields than the header, pointing at the first such line. */
final class RaggedRows {
    private RaggedRows() {
    }

    static CsvImportException exception(Path file, CsvDialect dialect, ChunkParser.Result result, int expected,
                                        boolean skipped) {
        long line = result.firstBadLine();
        int actual = result.firstBadFields();
        int more = result.badRows() - 1;
        StringBuilder m = new StringBuilder();
        m.append(file).append(": line ").append(line).append(" has ").append(actual)
                .append(actual == 1 ? " field" : " fields").append(" but the ")
                .append(dialect.header() ? "header has " : "first line has ").append(expected).append('.');
        if (more > 0) {
            m.append(' ').append(count(more)).append(more == 1 ? " more line has" : " more lines have")
                    .append(" the same problem.");
        }
        if (skipped) {
            m.append(" No row has ").append(expected).append(" fields, so nothing is left to import. Check the "
                    + "delimiter (use --delimiter).");
        } else if (actual > expected) {
            m.append(" Check for an unquoted ").append(name(dialect.delimiter()))
                    .append(" inside a value (put quotes around such values), or use --skip-bad-rows to skip them.");
        } else {
            m.append(" Check for a missing ").append(name(dialect.delimiter()))
                    .append(" or a value broken across lines, or use --skip-bad-rows to skip them.");
        }
        return new CsvImportException(file, line, m.toString());
    }

    static String name(char delimiter) {
        return switch (delimiter) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            case '|' -> "'|'";
            default -> "'" + delimiter + "'";
        };
    }
}
