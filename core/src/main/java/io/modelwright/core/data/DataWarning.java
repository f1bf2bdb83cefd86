package io.modelwright.core.data;

/**
 * Something about the data a person should know before training.
 *
 * @param kind    what kind of problem
 * @param column  the column concerned, or null for the whole file
 * @param message one sentence saying what and what to do
 */
public record DataWarning(Kind kind, String column, String message) {

    /** Kinds of warnings; the JSON name is the lower-case-with-dashes form of the constant. */
    public enum Kind {
        LIKELY_IDENTIFIER, CONSTANT, MANY_MISSING, LEAKAGE_SUSPECT, DUPLICATE_HEADER, HIGH_CARDINALITY, SKIPPED_ROWS
    }
}
