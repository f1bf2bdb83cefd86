package io.modelwright.desktop.tryit;

import io.modelwright.core.eval.LocalExplanation;
import io.modelwright.runtime.score.Prediction;

/**
 * What one background evaluation of the form produced.
 *
 * @param generation  which edit of the form it answers (older answers are dropped)
 * @param prediction  the prediction, or null when the form holds a value the model cannot take
 * @param explanation why, or null (clustering, or a bad value)
 * @param problem     what is wrong with the form in words, or null
 */
record TryItOutcome(long generation, Prediction prediction, LocalExplanation explanation, String problem) {
}
