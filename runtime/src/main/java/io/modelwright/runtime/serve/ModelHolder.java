package io.modelwright.runtime.serve;

import io.modelwright.runtime.score.Scorer;

/**
 * The loaded model, or the reason there is none yet. Endpoints that need the model answer 503 until it has loaded
 * and passed the start-up self-test.
 */
final class ModelHolder {
    private volatile Scorer scorer;
    private volatile PredictionWriter writer;
    private volatile RowsParser parser;
    private volatile String failure;

    void ready(Scorer loaded, int maxRows) {
        writer = new PredictionWriter(loaded.manifest());
        parser = new RowsParser(loaded.manifest().inputNames(), maxRows, loaded::isInputOrder);
        scorer = loaded;
    }

    void failed(String reason) {
        failure = reason;
    }

    boolean isReady() {
        return scorer != null;
    }

    String failure() {
        return failure;
    }

    /** @throws HttpError 503 while the model is loading (or failed to load) */
    Scorer scorer() {
        Scorer s = scorer;
        if (s == null) {
            throw new HttpError(503, failure == null ? "The model is still loading; try again shortly."
                    : "The model could not be loaded: " + failure);
        }
        return s;
    }

    PredictionWriter writer() {
        scorer();
        return writer;
    }

    RowsParser parser() {
        scorer();
        return parser;
    }
}
