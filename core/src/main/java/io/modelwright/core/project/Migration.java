package io.modelwright.core.project;

import java.util.List;

/**
 * One step of the project file format: applying its statements to a file at {@code version - 1} gives a file
 * at {@code version}.
 *
 * @param version     the schema version this step produces
 * @param description what changes, for the log and for people reading the code
 * @param statements  SQL run in order, inside the migration's transaction
 */
record Migration(int version, String description, List<String> statements) {
}
