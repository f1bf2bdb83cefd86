package io.modelwright.runtime.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.sun.net.httpserver.HttpExchange;
import io.modelwright.runtime.artifact.ArtifactJson;
import io.modelwright.runtime.score.Prediction;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes responses; every body goes through here so status codes and content types stay consistent. */
final class Responses {
    static final String JSON = "application/json";
    static final String CSV = "text/csv; charset=utf-8";

    private Responses() {
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean noBody = body.length == 0 || "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }

    static void json(HttpExchange ex, int status, Object value) throws IOException {
        send(ex, status, JSON, toJson(value));
    }

    static void text(HttpExchange ex, int status, String contentType, String body) throws IOException {
        send(ex, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends {@code {"error": ...}}, plus MLflow's {@code error_code}/{@code message} on /invocations. */
    static void error(HttpExchange ex, HttpError error, boolean mlflowShape) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error.getMessage());
        if (mlflowShape) {
            body.put("error_code", error.status() == 400 ? "BAD_REQUEST" : error.status() == 413
                    ? "RESOURCE_LIMIT_EXCEEDED" : error.status() >= 500 ? "TEMPORARILY_UNAVAILABLE"
                    : "INVALID_PARAMETER_VALUE");
            body.put("message", error.getMessage());
        }
        List<HttpError.RowError> rows = error.rowErrors();
        if (!rows.isEmpty()) {
            body.put("errors", rows.stream().map(r -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("row", r.row());
                if (r.column() != null) {
                    m.put("column", r.column());
                }
                m.put("message", r.message());
                return m;
            }).toList());
        }
        json(ex, error.status(), body);
    }

    /** Sends {@code {"predictions": [...]}}, written prediction by prediction (no map per prediction). */
    static void predictions(HttpExchange ex, List<Prediction> predictions, PredictionWriter writer) throws IOException {
        send(ex, 200, JSON, predictionsJson(predictions, writer));
    }

    /** @return the same bytes as {@link #toJson} of {@code {"predictions": [writer.toJson(p), ...]}} */
    static byte[] predictionsJson(List<Prediction> predictions, PredictionWriter writer) throws IOException {
        ByteArrayBuilder bytes = new ByteArrayBuilder(64 + predictions.size() * 96);
        try (JsonGenerator g = ArtifactJson.mapper().getFactory().createGenerator(bytes)) {
            g.writeStartObject();
            g.writeArrayFieldStart("predictions");
            for (Prediction p : predictions) {
                writer.writeJson(p, g);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return bytes.toByteArray();
    }

    static byte[] toJson(Object value) {
        try {
            return ArtifactJson.mapper().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
