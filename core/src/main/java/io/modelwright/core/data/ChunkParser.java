package io.modelwright.core.data;

import io.modelwright.core.task.CancellationToken;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * Parses one stretch of a CSV file (the whole file, or one chunk of it) with Commons CSV, token by token into
 * {@link ColumnAccumulator}s. Rows with the wrong number of fields are counted and skipped; the first one's line
 * is remembered for the message.
 */
final class ChunkParser {
    private static final int CANCEL_CHECK_EVERY = 4096;

    /** What one stretch yielded. {@code header} is null unless this stretch started with the header record. */
    record Result(ColumnAccumulator[] columns, int rows, int badRows, long firstBadLine, int firstBadFields,
                  List<String> header) {
    }

    /** Raised when the text is not valid in the character set being tried, so import can try another. */
    static final class WrongEncoding extends RuntimeException {
        WrongEncoding(Throwable cause) {
            super(cause);
        }
    }

    private ChunkParser() {
    }

    /**
     * @param reader         the text of the stretch
     * @param dialect        delimiter, quote and decimal separator
     * @param expectedFields fields per record
     * @param readHeader     true when the first record of this stretch is the header
     * @param missing        missing-value tokens
     * @param expectedRows   a guess at the rows in this stretch, to size column arrays once
     * @param cancel         checked every few thousand rows
     * @param file           for messages
     */
    static Result parse(Reader reader, CsvDialect dialect, int expectedFields, boolean readHeader,
                        MissingTokens missing, int expectedRows, CancellationToken cancel, Path file) {
        ColumnAccumulator[] columns = new ColumnAccumulator[expectedFields];
        for (int i = 0; i < expectedFields; i++) {
            columns[i] = new ColumnAccumulator(dialect.decimalSeparator(), missing, expectedRows);
        }
        int rows = 0;
        int badRows = 0;
        long firstBadLine = 0;
        int firstBadFields = 0;
        List<String> header = null;
        long lineBefore = 0;
        try (CSVParser parser = CSVParser.parse(reader, CsvFormats.of(dialect.delimiter(), dialect.quote()))) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                lineBefore = parser.getCurrentLineNumber();
                if (!it.hasNext()) {
                    break;
                }
                CSVRecord record = it.next();
                if (readHeader && header == null) {
                    header = record.toList();
                    continue;
                }
                int n = record.size();
                if (n != expectedFields) {
                    if (n == 1 && record.get(0).isBlank()) {
                        continue; // a line of spaces: nothing to import, nothing wrong
                    }
                    if (badRows++ == 0) {
                        firstBadLine = lineBefore + 1;
                        firstBadFields = n;
                    }
                    continue;
                }
                for (int c = 0; c < n; c++) {
                    columns[c].add(record.get(c));
                }
                if (++rows % CANCEL_CHECK_EVERY == 0) {
                    cancel.throwIfCancelled();
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw translate(e, file, lineBefore + 1, dialect, header);
        } catch (IllegalStateException e) {
            throw translate(e, file, lineBefore + 1, dialect, header);
        }
        return new Result(columns, rows, badRows, firstBadLine, firstBadFields, header);
    }

    private static RuntimeException translate(Exception e, Path file, long line, CsvDialect dialect,
                                              List<String> header) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MalformedInputException) {
                return new WrongEncoding(e);
            }
        }
        String detail = String.valueOf(e.getMessage());
        if (detail.contains("EOF reached before encapsulated token finished")) {
            int field = QuoteLocator.openField(file, dialect, line);
            String where = field == 0 ? "" : " in field " + field + (header != null && field <= header.size()
                    ? " ('" + header.get(field - 1).trim() + "')" : "");
            return new CsvImportException(file, line, file + ": line " + line + " opens a quote (" + dialect.quote()
                    + ")" + where + " that is never closed, so everything after it would be read as one value. Add the missing "
                    + "closing quote, or remove the stray quote character.", e);
        }
        if (detail.contains("invalid char between encapsulated token and delimiter")
                || detail.contains("Invalid character between encapsulated token and delimiter")) {
            return new CsvImportException(file, line, file + ": line " + line + " has text right after a closing "
                    + "quote (" + dialect.quote() + "). Inside a quoted value write a quote as two quotes (\"\"), "
                    + "or quote the whole value.", e);
        }
        return new CsvImportException(file, line, file + ": cannot read line " + line + " (" + detail + "). Check "
                + "that the file is a CSV file and not cut off.", e);
    }
}
