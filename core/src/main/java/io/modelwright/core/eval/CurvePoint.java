package io.modelwright.core.eval;

/**
 * One point of a curve drawn in the results view.
 *
 * @param x         horizontal coordinate (false positive rate for ROC, recall for precision–recall)
 * @param y         vertical coordinate (true positive rate for ROC, precision for precision–recall)
 * @param threshold the score threshold at which the point is reached (a row counts as positive when its
 *                  score is at least this); {@code +Infinity} for the starting point where nothing is positive
 */
public record CurvePoint(double x, double y, double threshold) {
}
