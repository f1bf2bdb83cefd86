package io.modelwright.desktop.overfit;

/**
 * One setting's scores.
 *
 * @param value     the hyperparameter value
 * @param fitScore  the model trained on all rows, scored on those same rows (how well it fits what it has seen)
 * @param testScore a model trained on 70% of the rows, scored on the other 30% (how well it does on new rows)
 */
public record FitPoint(double value, double fitScore, double testScore) {
}
