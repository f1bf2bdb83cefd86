package io.modelwright.core.eval;

/**
 * One point of the cluster scatter plot: a row projected on the first two principal components.
 *
 * @param row     index of the row in the evaluated data
 * @param x       coordinate on the first principal component
 * @param y       coordinate on the second principal component (0 when the data has one column)
 * @param cluster the row's cluster label
 */
public record ProjectedPoint(int row, double x, double y, int cluster) {
}
