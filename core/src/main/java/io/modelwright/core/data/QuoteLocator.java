package io.modelwright.core.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds which field of a line opens a quote that the line never closes, so the message about an unclosed quote
 * can name the column. Only used on the error path: it reads the file again up to that line.
 */
final class QuoteLocator {
    private QuoteLocator() {
    }

    /** @return the 1-based field whose quote stays open at the end of {@code line}, or 0 when unknown */
    static int openField(Path file, CsvDialect dialect, long line) {
        try (BufferedReader reader = Files.newBufferedReader(file, dialect.encoding())) {
            String text = null;
            for (long i = 0; i < line; i++) {
                text = reader.readLine();
                if (text == null) {
                    return 0;
                }
            }
            return openField(text, dialect.delimiter(), dialect.quote());
        } catch (IOException | RuntimeException e) {
            return 0; // the message is still useful without the column
        }
    }

    static int openField(String text, char delimiter, char quote) {
        int field = 1;
        int open = 0;
        boolean inQuotes = false;
        boolean fieldStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == quote) {
                    if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                        i++;
                    } else {
                        inQuotes = false;
                    }
                }
            } else if (c == delimiter) {
                field++;
                fieldStart = true;
            } else if (c == quote && fieldStart) {
                inQuotes = true;
                open = field;
                fieldStart = false;
            } else if (!Character.isWhitespace(c)) {
                fieldStart = false;
            }
        }
        return inQuotes ? open : 0;
    }
}
