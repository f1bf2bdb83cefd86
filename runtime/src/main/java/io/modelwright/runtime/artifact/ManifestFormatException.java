package io.modelwright.runtime.artifact;

/** A manifest this scorer cannot read: unknown format version or malformed content. The message says what to do. */
public final class ManifestFormatException extends RuntimeException {
    public ManifestFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
