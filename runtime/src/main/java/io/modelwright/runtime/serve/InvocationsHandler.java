package io.modelwright.runtime.serve;

import com.sun.net.httpserver.HttpExchange;
import io.modelwright.runtime.score.Prediction;
import io.modelwright.runtime.score.Scorer;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /invocations}, the SageMaker and MLflow scoring endpoint: CSV or JSON in; CSV (one line per input
 * line, in order) or {@code {"predictions": [...]}} out, following {@code Accept}.
 */
final class InvocationsHandler {
    private final ModelHolder model;
    private final RequestBodyReader bodies;
    private final MetricsRegistry metrics;

    InvocationsHandler(ModelHolder model, RequestBodyReader bodies, MetricsRegistry metrics) {
        this.model = model;
        this.bodies = bodies;
        this.metrics = metrics;
    }

    void handle(HttpExchange ex) throws IOException {
        Scorer scorer = model.scorer();
        String contentType = mediaType(ex.getRequestHeaders().getFirst("Content-Type"));
        if (!contentType.equals("text/csv") && !contentType.equals("application/json")) {
            throw new HttpError(415, "Content-Type must be text/csv or application/json, not '"
                    + (contentType.isEmpty() ? "(none)" : contentType) + "'.");
        }
        byte[] body = bodies.read(ex);
        RowsParser parser = model.parser();
        List<RawRow> rows = contentType.equals("text/csv") ? parser.csv(body) : parser.mlflowJson(body);
        List<Prediction> predictions = scorer.predictCanonical(RowDecoder.decode(scorer, rows));
        metrics.recordRows(predictions.size());
        PredictionWriter writer = model.writer();
        if (wantsCsv(ex.getRequestHeaders().getFirst("Accept"))) {
            StringBuilder out = new StringBuilder(predictions.size() * 64);
            for (Prediction p : predictions) {
                writer.appendCsv(p, out);
                out.append('\n');
            }
            Responses.text(ex, 200, Responses.CSV, out.toString());
        } else {
            Responses.predictions(ex, predictions, writer);
        }
    }

    static String mediaType(String header) {
        if (header == null) {
            return "";
        }
        int semi = header.indexOf(';');
        return (semi < 0 ? header : header.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    private static boolean wantsCsv(String accept) {
        if (accept == null) {
            return false;
        }
        String a = accept.toLowerCase(Locale.ROOT);
        return a.contains("text/csv") && !a.startsWith("application/json");
    }
}
