package io.modelwright.core.data;

import io.modelwright.core.ModelwrightException;

import java.nio.file.Path;

/**
 * A CSV file that cannot be read as it is. The message names the file, and the line and column where that
 * applies, and says what to do.
 */
public class CsvImportException extends ModelwrightException {
    private final Path file;
    private final long line;

    /**
     * @param file    the file
     * @param line    1-based line number, or 0 when not about one line
     * @param message the whole message for a person
     */
    public CsvImportException(Path file, long line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    public CsvImportException(Path file, long line, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
    }

    /** @return the file concerned */
    public Path file() {
        return file;
    }

    /** @return the 1-based line concerned, or 0 */
    public long line() {
        return line;
    }
}
