package io.modelwright.runtime.serve;

import java.util.List;

/**
 * A request the server answers with a 4xx or 503: the message is for the client, so it names what was wrong and
 * never holds a stack trace or the request body.
 */
final class HttpError extends RuntimeException {
    private final int status;
    private final List<RowError> rowErrors;

    HttpError(int status, String message) {
        this(status, message, List.of());
    }

    HttpError(int status, String message, List<RowError> rowErrors) {
        super(message, null, false, false);
        this.status = status;
        this.rowErrors = rowErrors;
    }

    int status() {
        return status;
    }

    List<RowError> rowErrors() {
        return rowErrors;
    }

    static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }

    /** One bad row in a request: 1-based row number, the column (may be null) and the message. */
    record RowError(int row, String column, String message) {
    }
}
