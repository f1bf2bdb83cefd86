package io.modelwright.runtime.featurize;

/**
 * A value arriving for scoring that cannot be read for its column. The message names the column and the value,
 * and says what is expected; it is safe to return to a client.
 */
public final class InvalidInputException extends RuntimeException {
    private final String column;

    public InvalidInputException(String column, String message) {
        super(message);
        this.column = column;
    }

    /** @return the column concerned, or null for the row as a whole */
    public String column() {
        return column;
    }
}
