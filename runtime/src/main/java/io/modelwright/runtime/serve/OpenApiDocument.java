package io.modelwright.runtime.serve;

import io.modelwright.runtime.artifact.ArtifactManifest;
import io.modelwright.runtime.artifact.InputDescription;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the OpenAPI 3 description of a model's scoring API from its manifest. */
public final class OpenApiDocument {
    private OpenApiDocument() {
    }

    /** @return the OpenAPI document as JSON-ready maps */
    public static Map<String, Object> build(ArtifactManifest manifest) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", manifest.name() + " scorer", "version", manifest.version(),
                "description", "Predicts " + (manifest.outputs().target() == null ? manifest.task().id()
                        : manifest.outputs().target()) + " (" + manifest.task().id() + ") with a Tribuo model."));
        Map<String, Object> paths = new LinkedHashMap<>();
        paths.put("/invocations", Map.of("post", operation("Score rows (SageMaker / MLflow)", Map.of(
                "application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/RecordsRequest")),
                "text/csv", Map.of("schema", Map.of("type", "string",
                        "description", "One row per line in this column order: " + String.join(",",
                                manifest.inputNames()) + " (a header line with these names is allowed)."))))));
        paths.put("/v2/models/" + manifest.name() + "/infer", Map.of("post", operation(
                "Score rows (Open Inference Protocol V2)", Map.of("application/json", Map.of("schema",
                        Map.of("type", "object"))))));
        paths.put("/v1/models/" + manifest.name() + ":predict", Map.of("post", operation(
                "Score rows (KServe V1)", Map.of("application/json", Map.of("schema",
                        Map.of("type", "object", "properties", Map.of("instances", Map.of("type", "array",
                                "items", Map.of("$ref", "#/components/schemas/Row")))))))));
        paths.put("/ping", Map.of("get", Map.of("summary", "200 once the model is loaded",
                "responses", Map.of("200", Map.of("description", "ready"), "503", Map.of("description",
                        "loading")))));
        doc.put("paths", paths);
        doc.put("components", Map.of("schemas", Map.of("Row", rowSchema(manifest), "RecordsRequest", Map.of(
                "type", "object", "properties", Map.of("dataframe_records", Map.of("type", "array",
                        "items", Map.of("$ref", "#/components/schemas/Row"))))),
                "securitySchemes", Map.of("bearer", Map.of("type", "http", "scheme", "bearer"))));
        return doc;
    }

    private static Map<String, Object> operation(String summary, Map<String, Object> content) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("summary", summary);
        op.put("requestBody", Map.of("required", true, "content", content));
        op.put("responses", Map.of("200", Map.of("description", "Predictions"),
                "400", Map.of("description", "Invalid input; the error names the row, column and value"),
                "413", Map.of("description", "Body or row count too large"),
                "415", Map.of("description", "Unsupported content type"),
                "503", Map.of("description", "Loading or busy")));
        return op;
    }

    private static Map<String, Object> rowSchema(ArtifactManifest manifest) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (InputDescription in : manifest.inputs()) {
            Map<String, Object> p = new LinkedHashMap<>();
            switch (in.type()) {
                case "categorical" -> {
                    p.put("type", "string");
                    if (in.categories() != null) {
                        p.put("description", "Seen in training: " + String.join(", ", in.categories())
                                + ". Other values are accepted and reported in notes.");
                    }
                }
                case "boolean" -> p.put("type", "boolean");
                case "datetime" -> p.put("type", "string");
                default -> {
                    p.put("type", "number");
                    if (in.min() != null && in.max() != null) {
                        p.put("description", "Training range " + in.min() + " to " + in.max() + ".");
                    }
                }
            }
            p.put("nullable", true);
            properties.put(in.name(), p);
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", manifest.inputs().stream().filter(InputDescription::required)
                .map(InputDescription::name).toList());
        schema.put("additionalProperties", false);
        return schema;
    }

    /** @return the names of the paths described, for tests */
    static List<String> pathNames(Map<String, Object> doc) {
        @SuppressWarnings("unchecked")
        Map<String, Object> paths = (Map<String, Object>) doc.get("paths");
        return List.copyOf(paths.keySet());
    }
}
