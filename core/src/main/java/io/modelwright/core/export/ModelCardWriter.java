package io.modelwright.core.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.modelwright.runtime.artifact.ArtifactJson;
import io.modelwright.runtime.artifact.ArtifactManifest;
import io.modelwright.runtime.artifact.InputDescription;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Writes the model card twice: {@code model/modelcard.json} for machines and {@code README.md} for people. */
final class ModelCardWriter {
    private ModelCardWriter() {
    }

    static void writeJson(ExportRequest request, ArtifactManifest manifest, Path file) throws IOException {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("name", manifest.name());
        card.put("version", manifest.version());
        card.put("task", manifest.task().id());
        card.put("target", request.target());
        card.put("created", manifest.created());
        card.put("intendedUse", nonEmpty(request.intendedUse(), "Not stated."));
        card.put("limitations", nonEmpty(request.limitations(), "Not stated."));
        card.put("metrics", manifest.metrics());
        card.put("metricsStd", manifest.metricsStd());
        card.put("data", Map.of("trainingRows", manifest.trainingData().rows(),
                "trainingSha256", manifest.trainingData().sha256(), "inputs", manifest.inputs().size()));
        card.put("algorithm", manifest.algorithm());
        card.put("versions", manifest.versions());
        try {
            Files.writeString(file, ArtifactJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(card)
                    + "\n");
        } catch (JsonProcessingException e) {
            throw new ExportException("Could not write the model card: " + e.getOriginalMessage(), e);
        }
    }

    static void writeReadme(ExportRequest request, ArtifactManifest manifest, Path file) throws IOException {
        StringBuilder md = new StringBuilder();
        String what = request.target() == null ? manifest.task().id() : "`" + request.target() + "`";
        md.append("# ").append(manifest.name()).append(" (version ").append(manifest.version()).append(")\n\n")
                .append("A ").append(manifest.task().id()).append(" model that predicts ").append(what)
                .append(", trained with Modelwright (Tribuo ").append(manifest.versions().tribuo()).append(", ")
                .append(manifest.algorithm().id()).append(").\n\n");
        md.append("## Intended use\n\n").append(nonEmpty(request.intendedUse(), "Not stated.")).append("\n\n");
        md.append("## Inputs\n\n| column | type | training values |\n|---|---|---|\n");
        for (InputDescription in : manifest.inputs()) {
            String values = in.categories() != null ? String.join(", ", in.categories())
                    : in.min() != null ? in.min() + " to " + in.max() : "";
            md.append("| ").append(in.name()).append(" | ").append(in.type()).append(" | ").append(values)
                    .append(" |\n");
        }
        md.append("\nEmpty values count as missing and are filled in as in training. A category not seen in "
                + "training is accepted and reported in the prediction's `notes`.\n\n");
        md.append("## Output\n\n");
        if (manifest.outputs().labels() != null) {
            md.append("A label (").append(String.join(", ", manifest.outputs().labels()))
                    .append(") with per-class ").append(manifest.outputs().scoreType()).append(" scores.\n\n");
        } else {
            md.append("A ").append(manifest.task().id()).append(" prediction.\n\n");
        }
        md.append("## Metrics (held-out)\n\n");
        manifest.metrics().forEach((k, v) -> {
            Double std = manifest.metricsStd().get(k);
            md.append("- ").append(k).append(": ").append(String.format(Locale.ROOT, "%.4f", v))
                    .append(std == null ? "" : String.format(Locale.ROOT, " (± %.4f)", std)).append('\n');
        });
        md.append("\nTrained on ").append(manifest.trainingData().rows()).append(" rows (SHA-256 of the data file: `")
                .append(manifest.trainingData().sha256()).append("`).\n\n");
        md.append("## Limitations\n\n").append(nonEmpty(request.limitations(), "Not stated.")).append("\n\n");
        md.append("""
                ## Run it

                Needs Java 17 or later.

                ```sh
                scorer/run.sh                 # serves model/ on http://127.0.0.1:8080 (open it in a browser)
                sh examples/curl.sh           # example requests
                java -XX:+UseSerialGC -jar scorer/modelwright-scorer.jar batch --model model --input examples/batch.csv --output predictions.csv
                ```

                ```sh
                curl -s http://127.0.0.1:8080/ping
                curl -s -H 'Content-Type: application/json' --data @examples/request.json http://127.0.0.1:8080/invocations
                curl -s -H 'Content-Type: text/csv' -H 'Accept: text/csv' --data-binary @examples/batch.csv http://127.0.0.1:8080/invocations
                ```

                Endpoints: SageMaker/MLflow (`/ping`, `/invocations`), KServe V1 (`/v1/models/NAME:predict`),
                Open Inference Protocol V2 (`/v2/models/NAME/infer`), `/openapi.json`, `/metrics`, and a form at `/`.
                Set `SCORER_API_KEY` to require `Authorization: Bearer KEY`. Container: `docker/Dockerfile`;
                deployment notes: `deploy/`. Embedding in Java: `Scorer.load(Path.of("model")).predict(row)`.

                `verification.json` records the export's self-check; `sha256sum -c SHA256SUMS` checks the files.
                """.replace("NAME", manifest.name()));
        Files.writeString(file, md);
    }

    private static String nonEmpty(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s.strip();
    }
}
