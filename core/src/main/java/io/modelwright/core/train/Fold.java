package io.modelwright.core.train;

/**
 * One train/test split of the table's rows.
 *
 * @param index     0-based fold number
 * @param trainRows table row indices to learn from (sorted)
 * @param testRows  table row indices to score (sorted)
 */
public record Fold(int index, int[] trainRows, int[] testRows) {
}
