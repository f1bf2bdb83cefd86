package io.modelwright.runtime.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import io.modelwright.runtime.RuntimeInfo;
import io.modelwright.runtime.artifact.ArtifactManifest;
import io.modelwright.runtime.artifact.InputDescription;
import io.modelwright.runtime.score.Prediction;
import io.modelwright.runtime.score.Scorer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * KServe's Open Inference Protocol V2 (also spoken by Triton and Seldon MLServer) under {@code /v2}. A table
 * arrives either as one input per column (MLServer's convention) or as one FP64 matrix {@code [n, inputs]} in
 * manifest input order.
 */
final class OpenInferenceHandler {
    private final ModelHolder model;
    private final RequestBodyReader bodies;
    private final MetricsRegistry metrics;

    OpenInferenceHandler(ModelHolder model, RequestBodyReader bodies, MetricsRegistry metrics) {
        this.model = model;
        this.bodies = bodies;
        this.metrics = metrics;
    }

    void serverMetadata(HttpExchange ex) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "modelwright-scorer");
        m.put("version", RuntimeInfo.appVersion());
        m.put("extensions", List.of());
        Responses.json(ex, 200, m);
    }

    void live(HttpExchange ex) throws IOException {
        Responses.json(ex, 200, Map.of("live", true));
    }

    void ready(HttpExchange ex) throws IOException {
        Responses.json(ex, model.isReady() ? 200 : 503, Map.of("ready", model.isReady()));
    }

    void modelMetadata(HttpExchange ex, String name) throws IOException {
        ArtifactManifest manifest = checkedManifest(name);
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (InputDescription in : manifest.inputs()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("name", in.name());
            t.put("datatype", in.type().equals("categorical") ? "BYTES" : "FP64");
            t.put("shape", List.of(-1));
            inputs.add(t);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", manifest.name());
        m.put("versions", List.of(manifest.version()));
        m.put("platform", "tribuo");
        m.put("inputs", inputs);
        m.put("outputs", model.writer().v2OutputMetadata());
        Responses.json(ex, 200, m);
    }

    void modelReady(HttpExchange ex, String name) throws IOException {
        checkedManifest(name);
        Responses.json(ex, 200, Map.of("name", name, "ready", true));
    }

    void infer(HttpExchange ex, String name) throws IOException {
        ArtifactManifest manifest = checkedManifest(name);
        Scorer scorer = model.scorer();
        RowsParser parser = model.parser();
        JsonNode root = parser.readJson(bodies.read(ex));
        JsonNode inputs = root.get("inputs");
        if (inputs == null || !inputs.isArray() || inputs.isEmpty()) {
            throw HttpError.badRequest("Send {\"inputs\": [{\"name\", \"shape\", \"datatype\", \"data\"}, ...]}.");
        }
        List<RawRow> rows = isMatrix(inputs, manifest) ? matrixRows(inputs.get(0), manifest, parser)
                : columnRows(inputs, parser);
        List<Prediction> predictions = scorer.predictCanonical(RowDecoder.decode(scorer, rows));
        metrics.recordRows(predictions.size());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model_name", manifest.name());
        out.put("model_version", manifest.version());
        if (root.hasNonNull("id")) {
            out.put("id", root.get("id").asText());
        }
        out.put("outputs", model.writer().toV2Outputs(predictions));
        Responses.json(ex, 200, out);
    }

    private ArtifactManifest checkedManifest(String name) {
        ArtifactManifest manifest = model.scorer().manifest();
        if (!manifest.name().equals(name)) {
            throw new HttpError(404, "No model named '" + name + "'. This server serves '" + manifest.name() + "'.");
        }
        return manifest;
    }

    private static boolean isMatrix(JsonNode inputs, ArtifactManifest manifest) {
        if (inputs.size() != 1) {
            return false;
        }
        JsonNode shape = inputs.get(0).get("shape");
        boolean twoD = shape != null && shape.size() == 2 && shape.get(1).asInt() == manifest.inputs().size();
        return twoD && !(manifest.inputs().size() == 1
                && manifest.inputNames().get(0).equals(inputs.get(0).path("name").asText()));
    }

    private static List<RawRow> matrixRows(JsonNode input, ArtifactManifest manifest, RowsParser parser) {
        int n = input.get("shape").get(0).asInt();
        int k = manifest.inputs().size();
        List<Object> flat = flatten(input.get("data"), "data");
        if (flat.size() != (long) n * k) {
            throw HttpError.badRequest("Input '" + input.path("name").asText() + "' has shape [" + n + ", " + k
                    + "] but " + flat.size() + " values.");
        }
        parser.checkRowCount(n);
        List<RawRow> rows = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            rows.add(RawRow.positional(new ArrayList<>(flat.subList(r * k, (r + 1) * k))));
        }
        return rows;
    }

    private static List<RawRow> columnRows(JsonNode inputs, RowsParser parser) {
        Map<String, List<Object>> columns = new LinkedHashMap<>();
        int n = -1;
        for (JsonNode input : inputs) {
            String name = input.path("name").asText();
            List<Object> values = flatten(input.get("data"), name);
            if (n >= 0 && values.size() != n) {
                throw HttpError.badRequest("Input '" + name + "' has " + values.size() + " values; the others have "
                        + n + ".");
            }
            n = values.size();
            columns.put(name, values);
        }
        parser.checkRowCount(n);
        List<RawRow> rows = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (Map.Entry<String, List<Object>> e : columns.entrySet()) {
                row.put(e.getKey(), e.getValue().get(r));
            }
            rows.add(RawRow.named(row));
        }
        return rows;
    }

    private static List<Object> flatten(JsonNode data, String name) {
        if (data == null || !data.isArray()) {
            throw HttpError.badRequest("Input '" + name + "' needs \"data\": [...].");
        }
        List<Object> out = new ArrayList<>();
        for (JsonNode v : data) {
            if (v.isArray()) {
                out.addAll(flatten(v, name));
            } else {
                out.add(RowsParser.value(v, name));
            }
        }
        return out;
    }
}
