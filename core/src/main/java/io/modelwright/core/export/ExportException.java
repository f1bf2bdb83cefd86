package io.modelwright.core.export;

import io.modelwright.core.ModelwrightException;

/** Export failed, or the exported artifact did not reproduce the app's predictions. */
public final class ExportException extends ModelwrightException {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
