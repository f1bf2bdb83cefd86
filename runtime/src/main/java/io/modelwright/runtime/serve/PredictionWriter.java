package io.modelwright.runtime.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import io.modelwright.runtime.artifact.ArtifactManifest;
import io.modelwright.runtime.score.Prediction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders predictions as JSON objects, CSV lines and Open Inference Protocol tensors. Doubles are written with
 * {@link Double#toString}, the shortest text that reads back to the same double, so clients see exactly what the
 * model computed.
 */
public final class PredictionWriter {
    private final ArtifactManifest manifest;
    private final List<String> labels;

    /** @param manifest the model's manifest (label order, task) */
    public PredictionWriter(ArtifactManifest manifest) {
        this.manifest = manifest;
        List<String> l = manifest.outputs().labels();
        this.labels = l == null ? List.of() : l;
    }

    /** @return one prediction as a JSON-ready map: label/value/cluster/anomaly, scores, notes */
    public Map<String, Object> toJson(Prediction p) {
        Map<String, Object> m = new LinkedHashMap<>();
        switch (p.task()) {
            case CLASSIFICATION -> {
                m.put("label", p.label());
                if (!p.scores().isEmpty()) {
                    m.put(p.probabilities() ? "probabilities" : "scores", p.scores());
                }
            }
            case REGRESSION -> m.put("value", p.value());
            case CLUSTERING -> m.put("cluster", p.cluster());
            case ANOMALY -> {
                m.put("anomaly", p.anomaly());
                m.put("score", p.score());
            }
        }
        if (!p.notes().isEmpty()) {
            m.put("notes", p.notes());
        }
        return m;
    }

    /** @return the CSV header matching {@link #toCsv}: prediction, then one column per class score */
    public List<String> csvHeader() {
        List<String> h = new ArrayList<>();
        switch (manifest.task()) {
            case CLASSIFICATION -> {
                h.add("prediction");
                labels.forEach(l -> h.add("score_" + l));
            }
            case REGRESSION, CLUSTERING -> h.add("prediction");
            case ANOMALY -> {
                h.add("prediction");
                h.add("score");
            }
        }
        return h;
    }

    /**
     * Writes what {@link #toJson} returns, straight to a generator (no map per prediction): the same JSON, byte for
     * byte, as serializing that map with the same factory.
     */
    public void writeJson(Prediction p, JsonGenerator g) throws IOException {
        g.writeStartObject();
        switch (p.task()) {
            case CLASSIFICATION -> {
                g.writeStringField("label", p.label());
                if (!p.scores().isEmpty()) {
                    g.writeFieldName(p.probabilities() ? "probabilities" : "scores");
                    g.writeStartObject();
                    for (Map.Entry<String, Double> e : p.scores().entrySet()) {
                        g.writeFieldName(e.getKey());
                        writeNumber(g, e.getValue());
                    }
                    g.writeEndObject();
                }
            }
            case REGRESSION -> {
                g.writeFieldName("value");
                writeNumber(g, p.value());
            }
            case CLUSTERING -> {
                g.writeFieldName("cluster");
                if (p.cluster() == null) {
                    g.writeNull();
                } else {
                    g.writeNumber(p.cluster());
                }
            }
            case ANOMALY -> {
                g.writeFieldName("anomaly");
                if (p.anomaly() == null) {
                    g.writeNull();
                } else {
                    g.writeBoolean(p.anomaly());
                }
                g.writeFieldName("score");
                writeNumber(g, p.score());
            }
        }
        if (!p.notes().isEmpty()) {
            g.writeArrayFieldStart("notes");
            for (String note : p.notes()) {
                g.writeString(note);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeNumber(JsonGenerator g, Double value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value.doubleValue());
        }
    }

    /** @return one CSV line (no line break): predicted label/value, then per-class scores */
    public String toCsv(Prediction p) {
        StringBuilder line = new StringBuilder();
        appendCsv(p, line);
        return line.toString();
    }

    /** Appends {@link #toCsv} to a line being built (no string per prediction). */
    public void appendCsv(Prediction p, StringBuilder line) {
        switch (p.task()) {
            case CLASSIFICATION -> {
                line.append(CsvLines.quote(p.label()));
                for (String l : labels) {
                    Double s = p.scores().get(l);
                    line.append(',');
                    if (s != null) {
                        line.append(s.doubleValue()); // the same digits as Double.toString
                    }
                }
            }
            case REGRESSION -> line.append(p.value());
            case CLUSTERING -> line.append(p.cluster());
            case ANOMALY -> line.append(p.anomaly() ? "anomalous" : "expected").append(',').append(p.score());
        }
    }

    /** @return Open Inference Protocol V2 output tensors for these predictions */
    List<Map<String, Object>> toV2Outputs(List<Prediction> predictions) {
        int n = predictions.size();
        List<Map<String, Object>> outputs = new ArrayList<>();
        switch (manifest.task()) {
            case CLASSIFICATION -> {
                outputs.add(tensor("label", "BYTES", List.of(n), predictions.stream().map(Prediction::label).toList()));
                if (!labels.isEmpty() && !predictions.isEmpty() && !predictions.get(0).scores().isEmpty()) {
                    List<Double> flat = new ArrayList<>(n * labels.size());
                    for (Prediction p : predictions) {
                        for (String l : labels) {
                            flat.add(p.scores().getOrDefault(l, 0.0));
                        }
                    }
                    outputs.add(tensor(predictions.get(0).probabilities() ? "probabilities" : "scores", "FP64",
                            List.of(n, labels.size()), flat));
                }
            }
            case REGRESSION -> outputs.add(tensor("value", "FP64", List.of(n),
                    predictions.stream().map(Prediction::value).toList()));
            case CLUSTERING -> outputs.add(tensor("cluster", "INT64", List.of(n),
                    predictions.stream().map(Prediction::cluster).toList()));
            case ANOMALY -> {
                outputs.add(tensor("anomaly", "BOOL", List.of(n), predictions.stream().map(Prediction::anomaly)
                        .toList()));
                outputs.add(tensor("score", "FP64", List.of(n), predictions.stream().map(Prediction::score).toList()));
            }
        }
        return outputs;
    }

    /** @return V2 metadata of the outputs (batch dimension -1) */
    List<Map<String, Object>> v2OutputMetadata() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> t : toV2Outputs(List.of())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", t.get("name"));
            m.put("datatype", t.get("datatype"));
            m.put("shape", List.of(-1));
            out.add(m);
        }
        if (manifest.task() == io.modelwright.runtime.artifact.ModelTask.CLASSIFICATION && !labels.isEmpty()) {
            Map<String, Object> scores = new LinkedHashMap<>();
            scores.put("name", "probabilities");
            scores.put("datatype", "FP64");
            scores.put("shape", List.of(-1, labels.size()));
            scores.put("parameters", Map.of("labels", labels));
            out.add(scores);
        }
        return out;
    }

    private static Map<String, Object> tensor(String name, String datatype, List<Integer> shape, List<?> data) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("name", name);
        t.put("datatype", datatype);
        t.put("shape", shape);
        t.put("data", data);
        return t;
    }
}
