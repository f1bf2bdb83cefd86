package io.modelwright.runtime.score;

/** A model directory that must not be loaded: a file missing, or different from what the manifest records. */
public final class ModelIntegrityException extends RuntimeException {
    public ModelIntegrityException(String message) {
        super(message);
    }
}
