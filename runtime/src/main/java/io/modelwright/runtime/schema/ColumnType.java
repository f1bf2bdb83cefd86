package io.modelwright.runtime.schema;

import java.util.Locale;

/**
 * What a column holds, as decided by import (and overridable by the user).
 * The lower-case {@link #id()} is the name used in JSON, on the command line and in artifacts.
 */
public enum ColumnType {
    /** Real numbers. */
    NUMERIC,
    /** Whole numbers. */
    INTEGER,
    /** Two values such as true/false, yes/no, 0/1. */
    BOOLEAN,
    /** A small set of repeated labels. */
    CATEGORICAL,
    /** Dates or date-times. */
    DATETIME,
    /** Free text: mostly distinct, not labels. Excluded from features by default. */
    TEXT,
    /** A value unique per row, such as a customer number. Excluded from features by default. */
    IDENTIFIER,
    /** The same value in every row. Excluded from features by default. */
    CONSTANT,
    /** No values at all. Excluded from features by default. */
    EMPTY;

    /** @return the lower-case name used in JSON and on the command line */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a type name as typed by a person ({@code numeric}, {@code Categorical}, ...).
     *
     * @throws IllegalArgumentException naming the accepted values when the name is unknown
     */
    public static ColumnType fromId(String id) {
        for (ColumnType t : values()) {
            if (t.id().equalsIgnoreCase(id.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("Unknown column type '" + id + "'. Use one of: "
                + "numeric, integer, boolean, categorical, datetime, text, identifier, constant, empty.");
    }

    /** @return true for types that are stored as numbers (numeric, integer, boolean as 0/1, datetime as epoch seconds) */
    public boolean isNumericStorage() {
        return this == NUMERIC || this == INTEGER || this == BOOLEAN || this == DATETIME;
    }

    /** @return true when a column of this type becomes features unless the user says otherwise */
    public boolean isFeatureByDefault() {
        return this == NUMERIC || this == INTEGER || this == BOOLEAN || this == CATEGORICAL || this == DATETIME;
    }
}
