package io.modelwright.core.experiment;

import io.modelwright.core.ModelwrightException;
import io.modelwright.core.data.DataTable;
import io.modelwright.core.export.ExportRequest;
import io.modelwright.core.project.MetricValue;
import io.modelwright.core.project.RunRecord;
import io.modelwright.core.train.OutOfFoldPrediction;
import io.modelwright.core.train.TrainingResult;
import io.modelwright.runtime.artifact.FileHashes;
import io.modelwright.runtime.artifact.ModelTask;
import io.modelwright.runtime.artifact.TrainingDataFingerprint;
import io.modelwright.runtime.featurize.FeaturizerSpec;
import io.modelwright.runtime.score.Prediction;
import org.tribuo.Model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a training result (or a recorded run) into an {@link ExportRequest}. The held-out rows are the rows the
 * validation scored (the out-of-fold rows), as raw text; their expected predictions are the FINAL model's, made
 * in this JVM through {@link io.modelwright.runtime.score.Scorer} — what the exported scorer must reproduce.
 */
public final class ExportRequests {
    /** At most this many held-out rows are replayed (all of them when there are fewer). */
    static final int MAX_HELD_OUT = 5_000;
    private static final int EXAMPLE_ROWS = 3;

    private ExportRequests() {
    }

    /**
     * @param result  a training result with a final model
     * @param table   the table it was trained on
     * @param target  the target column, or null (clustering, anomaly detection)
     * @param csvFile the CSV file the table came from (fingerprinted; its name becomes the model name)
     * @throws ModelwrightException when the result has no final model or the file cannot be read
     */
    public static ExportRequest from(TrainingResult result, DataTable table, String target, Path csvFile) {
        if (result.model() == null) {
            throw new ModelwrightException("This run has no final model to export: train it with a final model "
                    + "(the default) and export again.");
        }
        List<Integer> rows = result.outOfFold().stream().map(OutOfFoldPrediction::row).toList();
        TrainingDataFingerprint data = new TrainingDataFingerprint(result.rowsUsed(), sha256(csvFile));
        return build(new Source(modelName(csvFile), ModelTask.fromId(result.task().id()), target, result.model(),
                result.featurizerSpec(), result.algorithm(), result.hyperparameters(), result.seed(),
                result.mean(), result.std(), data), table, rows);
    }

    /**
     * @param run     a recorded run
     * @param table   the run's data, imported again
     * @param csvFile where that data was read from (its name becomes the model name)
     */
    public static ExportRequest from(RunRecord run, DataTable table, Path csvFile) {
        RunSettings settings = RunRecords.settings(run);
        Map<String, Double> mean = new LinkedHashMap<>();
        Map<String, Double> std = new LinkedHashMap<>();
        for (Map.Entry<String, MetricValue> e : run.metrics().entrySet()) {
            mean.put(e.getKey(), e.getValue().value());
            if (Double.isFinite(e.getValue().std())) {
                std.put(e.getKey(), e.getValue().std());
            }
        }
        TrainingDataFingerprint data = new TrainingDataFingerprint(settings.rowsUsed(), settings.datasetSha256());
        return build(new Source(modelName(csvFile), ModelTask.fromId(run.task()), settings.target(),
                RunRecords.loadModel(run), run.featurizerSpec(), run.algorithm(), run.hyperparameters(), run.seed(),
                mean, std, data), table, settings.heldOutRows());
    }

    private record Source(String name, ModelTask task, String target, Model<?> model, FeaturizerSpec spec,
                          String algorithm, Map<String, String> hyperparameters, long seed,
                          Map<String, Double> mean, Map<String, Double> std, TrainingDataFingerprint data) {
    }

    private static ExportRequest build(Source s, DataTable table, List<Integer> heldOutRows) {
        List<String> inputs = s.spec().inputNames();
        List<Integer> chosen = evenlySpaced(heldOutRows, MAX_HELD_OUT);
        List<Map<String, Object>> raw = RawRows.of(table, inputs, chosen);
        List<Prediction> expected = InProcessScoring.predict(s.model(), s.spec(), s.task(), s.target(), raw);
        List<ExportRequest.HeldOutRow> heldOut = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            heldOut.add(new ExportRequest.HeldOutRow(raw.get(i), expected.get(i)));
        }
        List<Integer> first = new ArrayList<>();
        for (int r = 0; r < Math.min(EXAMPLE_ROWS, table.rowCount()); r++) {
            first.add(r);
        }
        return new ExportRequest(s.name(), "1", s.task(), s.target(), s.model(), s.spec(), s.algorithm(),
                s.hyperparameters(), s.seed(), finite(s.mean()), finite(s.std()), s.data(),
                RawRows.of(table, inputs, first), heldOut, "", "", null);
    }

    /**
     * @return a name usable in URLs, from the file name: {@code "My data (2024).csv"} becomes {@code My-data-2024}
     */
    public static String modelName(Path csvFile) {
        String file = csvFile.getFileName().toString();
        int dot = file.lastIndexOf('.');
        String base = dot > 0 ? file.substring(0, dot) : file;
        String name = base.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "")
                .replaceAll("-+$", "");
        if (name.length() > 63) {
            name = name.substring(0, 63);
        }
        return name.isEmpty() ? "model" : name;
    }

    static List<Integer> evenlySpaced(List<Integer> rows, int max) {
        if (rows.size() <= max) {
            return rows;
        }
        List<Integer> out = new ArrayList<>(max);
        for (int i = 0; i < max; i++) {
            out.add(rows.get((int) ((long) i * rows.size() / max)));
        }
        return out;
    }

    private static Map<String, Double> finite(Map<String, Double> metrics) {
        Map<String, Double> out = new LinkedHashMap<>();
        metrics.forEach((k, v) -> {
            if (v != null && Double.isFinite(v)) {
                out.put(k, v);
            }
        });
        return out;
    }

    static String sha256(Path file) {
        try {
            return FileHashes.sha256(file);
        } catch (IOException e) {
            throw new ModelwrightException("Cannot read the data file " + file + ": " + e.getMessage()
                    + ". Check that it exists and you may read it.", e);
        }
    }
}
