package io.modelwright.core.project;

import java.util.Locale;

/** What a column is used for in training. */
public enum ColumnRole {
    /** An input the model learns from. */
    FEATURE,
    /** The column the model predicts (at most one per project). */
    TARGET,
    /** Left out of training. */
    IGNORE;

    /** @return the lower-case name stored in the project file */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the role stored under this lower-case name */
    public static ColumnRole fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
