package io.modelwright.core.data;

import io.modelwright.core.ModelwrightException;

import java.util.List;

/** A column name that the data does not have (a typo on the command line, a renamed header). */
public final class UnknownColumnException extends ModelwrightException {
    private final String column;

    public UnknownColumnException(String column, List<String> known) {
        super("There is no column named '" + column + "'. The columns are: " + String.join(", ", known) + ".");
        this.column = column;
    }

    /** @return the name that was not found */
    public String column() {
        return column;
    }
}
