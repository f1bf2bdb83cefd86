package io.modelwright.core.project;

import io.modelwright.runtime.schema.ColumnType;

import java.util.Objects;

/**
 * What the user confirmed about one column.
 *
 * @param column the column name as in the CSV header
 * @param type   the confirmed type (inferred or overridden)
 * @param role   feature, target or ignore
 */
public record SchemaDecision(String column, ColumnType type, ColumnRole role) {

    public SchemaDecision {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(role, "role");
    }
}
