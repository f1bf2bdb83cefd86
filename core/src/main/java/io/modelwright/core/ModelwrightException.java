package io.modelwright.core;

/**
 * Base of all domain errors. The message is written for a person (a student should be able to act on it):
 * it names the file, line and column where that applies and says what to do. Show it as is; keep the stack
 * trace for logs and the "Details" view.
 */
public class ModelwrightException extends RuntimeException {
    public ModelwrightException(String message) {
        super(message);
    }

    public ModelwrightException(String message, Throwable cause) {
        super(message, cause);
    }
}
