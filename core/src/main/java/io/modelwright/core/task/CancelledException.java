package io.modelwright.core.task;

/** Thrown by work that stopped because the user cancelled it. Not an error. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("Cancelled.");
    }
}
