package io.modelwright.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import io.modelwright.runtime.artifact.ArtifactJson;
import io.modelwright.runtime.artifact.ArtifactManifest;
import io.modelwright.runtime.artifact.OnnxDescription;
import io.modelwright.runtime.featurize.FeatureVector;
import io.modelwright.runtime.featurize.Featurizer;
import io.modelwright.runtime.featurize.RawValueParser;
import io.modelwright.runtime.score.Prediction;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Proves an artifact reproduces the app: starts the exported scorer jar as a separate JVM, replays the held-out
 * rows through {@code POST /invocations} (JSON {@code dataframe_split}, in batches) and compares with the app's
 * predictions: labels identical, scores and values within {@value #TOLERANCE}. For an ONNX export, also scores
 * the ONNX graph with onnxruntime when it is available (tolerance {@value #ONNX_TOLERANCE}: the graph is float32).
 */
final class ArtifactVerifier {
    static final double TOLERANCE = 1e-9;
    static final double ONNX_TOLERANCE = 1e-5;
    private static final int BATCH = 500;
    private static final int MAX_ROWS = 20_000;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    VerificationReport verify(ExportRequest request, ArtifactManifest manifest, Path artifactDir,
                              ProgressListener progress, CancellationToken cancel) throws IOException {
        List<ExportRequest.HeldOutRow> rows = request.heldOut().subList(0, Math.min(MAX_ROWS,
                request.heldOut().size()));
        Comparison cmp = new Comparison();
        long startMillis;
        long scoringMillis;
        int requests = 0;
        try (ScorerProcess scorer = ScorerProcess.start(artifactDir.resolve("scorer")
                .resolve(ScorerJarLocator.JAR_NAME), artifactDir.resolve("model"), Duration.ofMinutes(2))) {
            startMillis = scorer.startMillis();
            long t0 = System.nanoTime();
            for (int from = 0; from < rows.size(); from += BATCH) {
                cancel.throwIfCancelled();
                List<ExportRequest.HeldOutRow> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
                JsonNode predictions = post(scorer.baseUrl(), manifest, batch);
                requests++;
                for (int i = 0; i < batch.size(); i++) {
                    cmp.compare(from + i + 1, batch.get(i).expected(), predictions.get(i));
                }
                progress.progress(from + batch.size(), rows.size(), "Checking the exported scorer");
            }
            scoringMillis = (System.nanoTime() - t0) / 1_000_000;
        }
        OnnxOutcome onnx = checkOnnx(manifest, artifactDir.resolve("model"), rows);
        boolean passed = cmp.firstProblem == null && !onnx.status.startsWith("failed");
        String message = passed ? "The exported scorer reproduced all " + rows.size() + " held-out predictions."
                : cmp.firstProblem != null ? cmp.firstProblem : "ONNX check " + onnx.status;
        return new VerificationReport(passed, rows.size(), requests, cmp.labelMismatches, cmp.maxScoreDiff,
                cmp.maxValueDiff, TOLERANCE, startMillis, scoringMillis, onnx.status, onnx.rows, onnx.maxDiff,
                message);
    }

    private JsonNode post(String baseUrl, ArtifactManifest manifest, List<ExportRequest.HeldOutRow> batch)
            throws IOException {
        List<List<Object>> data = new ArrayList<>(batch.size());
        for (ExportRequest.HeldOutRow r : batch) {
            List<Object> values = new ArrayList<>();
            manifest.inputNames().forEach(c -> values.add(r.row().get(c)));
            data.add(values);
        }
        Map<String, Object> split = new LinkedHashMap<>();
        split.put("columns", manifest.inputNames());
        split.put("data", data);
        byte[] body = ArtifactJson.mapper().writeValueAsBytes(Map.of("dataframe_split", split));
        HttpRequest req = HttpRequest.newBuilder(URI.create(baseUrl + "/invocations"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response;
        try {
            response = http.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException("Interrupted while checking the exported scorer.", e);
        }
        if (response.statusCode() != 200) {
            throw new ExportException("The exported scorer refused held-out rows (HTTP " + response.statusCode()
                    + "): " + response.body());
        }
        JsonNode predictions = ArtifactJson.mapper().readTree(response.body()).get("predictions");
        if (predictions == null || predictions.size() != batch.size()) {
            throw new ExportException("The exported scorer answered " + (predictions == null ? 0 : predictions.size())
                    + " predictions for " + batch.size() + " rows.");
        }
        return predictions;
    }

    /** Running comparison of app predictions with the scorer's answers. */
    private static final class Comparison {
        int labelMismatches;
        double maxScoreDiff;
        double maxValueDiff;
        String firstProblem;

        void compare(int row, Prediction expected, JsonNode got) {
            switch (expected.task()) {
                case CLASSIFICATION -> {
                    same(row, expected.label(), got.path("label").asText(null));
                    JsonNode scores = got.has("probabilities") ? got.get("probabilities") : got.get("scores");
                    for (Map.Entry<String, Double> e : expected.scores().entrySet()) {
                        JsonNode s = scores == null ? null : scores.get(e.getKey());
                        double d = s == null ? Double.POSITIVE_INFINITY : Math.abs(s.doubleValue() - e.getValue());
                        maxScoreDiff = Math.max(maxScoreDiff, d);
                        problem(d > TOLERANCE, row, "the score of '" + e.getKey() + "' was " + e.getValue()
                                + " in the app but " + (s == null ? "missing" : s.doubleValue()) + " in the scorer");
                    }
                }
                case REGRESSION -> value(row, expected.value(), got.get("value"));
                case CLUSTERING -> same(row, String.valueOf(expected.cluster()), got.path("cluster").asText(null));
                case ANOMALY -> {
                    same(row, String.valueOf(expected.anomaly()), got.path("anomaly").asText(null));
                    value(row, expected.score(), got.get("score"));
                }
            }
        }

        private void same(int row, String expected, String got) {
            if (!expected.equals(got)) {
                labelMismatches++;
                problem(true, row, "the app predicted '" + expected + "' but the exported scorer '" + got + "'");
            }
        }

        private void value(int row, double expected, JsonNode got) {
            double d = got == null || !got.isNumber() ? Double.POSITIVE_INFINITY
                    : Math.abs(got.doubleValue() - expected);
            maxValueDiff = Math.max(maxValueDiff, d);
            problem(d > TOLERANCE, row, "the app predicted " + expected + " but the exported scorer " + got);
        }

        private void problem(boolean isProblem, int row, String what) {
            if (isProblem && firstProblem == null) {
                firstProblem = "Held-out row " + row + ": " + what + ". The artifact does not reproduce the app;"
                        + " it was not published.";
            }
        }
    }

    private record OnnxOutcome(String status, int rows, double maxDiff) {
    }

    private OnnxOutcome checkOnnx(ArtifactManifest manifest, Path modelDir, List<ExportRequest.HeldOutRow> rows) {
        OnnxDescription onnx = manifest.onnx();
        if (onnx == null) {
            return new OnnxOutcome("not exported", 0, 0);
        }
        if (!OnnxRuntimeCheck.available()) {
            return new OnnxOutcome("skipped: onnxruntime not available", 0, 0);
        }
        RawValueParser parser = new RawValueParser(manifest.featurizer());
        Featurizer featurizer = new Featurizer(manifest.featurizer());
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < onnx.featureOrder().size(); i++) {
            column.put(onnx.featureOrder().get(i), i);
        }
        float[][] x = new float[rows.size()][onnx.featureOrder().size()];
        for (int r = 0; r < rows.size(); r++) {
            FeatureVector f = featurizer.featurize(parser.parse(rows.get(r).row()));
            for (int k = 0; k < f.size(); k++) {
                Integer c = column.get(f.names()[k]);
                if (c != null) {
                    x[r][c] = (float) f.values()[k];
                }
            }
        }
        float[][] y;
        try {
            y = OnnxRuntimeCheck.score(modelDir.resolve(onnx.file()), onnx.inputName(), x);
        } catch (ReflectiveOperationException | RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return new OnnxOutcome("failed: onnxruntime could not score the graph: " + cause.getMessage(), 0, 0);
        }
        double maxDiff = 0;
        for (int r = 0; r < rows.size(); r++) {
            Prediction expected = rows.get(r).expected();
            for (int j = 0; j < onnx.outputOrder().size(); j++) {
                Double e = expected.task() == io.modelwright.runtime.artifact.ModelTask.CLASSIFICATION
                        ? expected.scores().get(onnx.outputOrder().get(j)) : expected.value();
                if (e != null) {
                    maxDiff = Math.max(maxDiff, Math.abs(y[r][j] - e));
                }
            }
        }
        return new OnnxOutcome(maxDiff <= ONNX_TOLERANCE ? "passed" : "failed: max difference " + maxDiff
                + " exceeds " + ONNX_TOLERANCE, rows.size(), maxDiff);
    }
}
