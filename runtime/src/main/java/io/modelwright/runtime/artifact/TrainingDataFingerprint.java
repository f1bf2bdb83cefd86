package io.modelwright.runtime.artifact;

/**
 * Identifies the training data without revealing where it lived (no paths).
 *
 * @param rows   rows used for training
 * @param sha256 SHA-256 of the CSV file, lower-case hex
 */
public record TrainingDataFingerprint(long rows, String sha256) {
}
