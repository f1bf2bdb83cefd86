package io.modelwright.runtime.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.modelwright.runtime.score.Prediction;
import io.modelwright.runtime.score.Scorer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** KServe V1: {@code GET /v1/models/{name}} and {@code POST /v1/models/{name}:predict} with instances. */
final class KServeV1Handler {
    private final ModelHolder model;
    private final RequestBodyReader bodies;
    private final MetricsRegistry metrics;

    KServeV1Handler(ModelHolder model, RequestBodyReader bodies, MetricsRegistry metrics) {
        this.model = model;
        this.bodies = bodies;
        this.metrics = metrics;
    }

    void status(HttpExchange ex, String name) throws IOException {
        checkName(name);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("ready", model.isReady());
        Responses.json(ex, 200, m);
    }

    void predict(HttpExchange ex, String name) throws IOException {
        checkName(name);
        Scorer scorer = model.scorer();
        RowsParser parser = model.parser();
        JsonNode root = parser.readJson(bodies.read(ex));
        JsonNode instances = root.get("instances");
        if (instances == null) {
            throw HttpError.badRequest("Send {\"instances\": [...]}.");
        }
        // KServe V1 allows other keys beside instances (e.g. parameters); only the instances are rows.
        ObjectNode rowsOnly = JsonNodeFactory.instance.objectNode();
        rowsOnly.set("instances", instances);
        List<RawRow> rows = parser.mlflowJson(rowsOnly);
        List<Prediction> predictions = scorer.predictCanonical(RowDecoder.decode(scorer, rows));
        metrics.recordRows(predictions.size());
        List<Map<String, Object>> out = new ArrayList<>();
        predictions.forEach(p -> out.add(model.writer().toJson(p)));
        Responses.json(ex, 200, Map.of("predictions", out));
    }

    private void checkName(String name) {
        String served = model.scorer().manifest().name();
        if (!served.equals(name)) {
            throw new HttpError(404, "No model named '" + name + "'. This server serves '" + served + "'.");
        }
    }
}
