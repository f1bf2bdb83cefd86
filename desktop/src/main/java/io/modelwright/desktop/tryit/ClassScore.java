package io.modelwright.desktop.tryit;

/**
 * One class's score for the prediction on show, as a bar.
 *
 * @param label     the class
 * @param score     its probability (or score), 0..1 for probabilities
 * @param predicted true for the class the model picked
 */
public record ClassScore(String label, double score, boolean predicted) {
}
