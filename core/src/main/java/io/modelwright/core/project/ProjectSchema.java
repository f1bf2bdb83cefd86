package io.modelwright.core.project;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The confirmed schema of a project: per column type and role, and how the file is read.
 *
 * @param columns        the decisions, in file order; names unique, at most one target
 * @param importSettings how the CSV file is read
 */
public record ProjectSchema(List<SchemaDecision> columns, ImportSettings importSettings) {

    public ProjectSchema {
        columns = List.copyOf(columns);
        Set<String> names = new HashSet<>();
        long targets = 0;
        for (SchemaDecision d : columns) {
            if (!names.add(d.column())) {
                throw new IllegalArgumentException("Column '" + d.column() + "' appears twice in the schema");
            }
            if (d.role() == ColumnRole.TARGET) {
                targets++;
            }
        }
        if (targets > 1) {
            throw new IllegalArgumentException("A project has at most one target column, not " + targets);
        }
    }

    /** @return the target column's name, if one was chosen (clustering and anomaly detection have none) */
    public Optional<String> target() {
        return columns.stream().filter(d -> d.role() == ColumnRole.TARGET).map(SchemaDecision::column).findFirst();
    }

    /** @return the feature columns' names, in file order */
    public List<String> features() {
        return columns.stream().filter(d -> d.role() == ColumnRole.FEATURE).map(SchemaDecision::column).toList();
    }
}
