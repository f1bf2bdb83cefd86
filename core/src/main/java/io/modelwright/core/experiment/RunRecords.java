package io.modelwright.core.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelwright.core.ModelwrightException;
import io.modelwright.core.project.DatasetRef;
import io.modelwright.core.project.MetricValue;
import io.modelwright.core.project.ProvenancePaths;
import io.modelwright.core.project.RunRecord;
import io.modelwright.core.train.FoldResult;
import io.modelwright.core.train.OutOfFoldPrediction;
import io.modelwright.core.train.TrainingRequest;
import io.modelwright.core.train.TrainingResult;
import io.modelwright.runtime.score.ModelSerialFilter;
import org.tribuo.Model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a training run to a project {@link RunRecord} and back. The model is stored as Tribuo protobuf (never Java
 * serialization); the column choices, data fingerprint and out-of-fold predictions that {@link RunReproducer}
 * needs go into the record's held-out JSON as {@link RunSettings}.
 */
public final class RunRecords {
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private RunRecords() {
    }

    /**
     * @param request the request that was trained (its table is the imported data)
     * @param result  its result, with a final model
     * @param dataset the data file's fingerprint
     * @param note    the person's note, or null
     * @throws ModelwrightException when the result has no final model
     */
    public static RunRecord from(TrainingRequest request, TrainingResult result, DatasetRef dataset, String note) {
        if (result.model() == null) {
            throw new ModelwrightException("Only a run with a final model can be saved in a project: train it with "
                    + "a final model (the default).");
        }
        Map<String, Long> timings = new LinkedHashMap<>();
        timings.put("total", result.totalMillis());
        timings.put("finalModel", result.finalModelMillis());
        timings.put("foldTraining", result.folds().stream().mapToLong(FoldResult::trainMillis).sum());
        timings.put("foldPrediction", result.folds().stream().mapToLong(FoldResult::predictMillis).sum());
        return RunRecord.builder()
                .task(result.task().id())
                .algorithm(result.algorithm())
                .hyperparameters(result.hyperparameters())
                .seed(result.seed())
                .validation(result.validation())
                .featurizerSpec(result.featurizerSpec())
                .metrics(metrics(result))
                .importancesJson(write(Map.of("kind", result.importanceKind(), "values", result.importances())))
                .model(modelBytes(result.model()))
                .provenanceJson(result.provenanceJson() == null ? null
                        : ProvenancePaths.stripAbsolutePaths(result.provenanceJson()))
                .timingsMs(timings)
                .note(note)
                .heldOutJson(write(settings(request, result, dataset)))
                .build();
    }

    /** @return the final model of a run, read from its protobuf bytes */
    public static Model<?> loadModel(RunRecord run) {
        Path file = null;
        try {
            file = Files.createTempFile("modelwright-run", ".tribuo");
            Files.write(file, run.model());
            ModelSerialFilter.install();
            return Model.deserializeFromFile(file);
        } catch (IOException | RuntimeException e) {
            throw new ModelwrightException("The model of run " + run.runId() + " cannot be read (" + e.getMessage()
                    + "). The project may come from a newer Modelwright or be damaged.", e);
        } finally {
            deleteQuietly(file);
        }
    }

    /** @return the column choices, fingerprint and out-of-fold predictions saved with a run */
    public static RunSettings settings(RunRecord run) {
        try {
            RunSettings s = JSON.readValue(run.heldOutJson(), RunSettings.class);
            if (s.featureColumns() == null || s.outOfFold() == null) {
                throw new ModelwrightException("Run " + run.runId() + " was saved without its training settings, "
                        + "so it cannot be reproduced or exported from the project.");
            }
            return s;
        } catch (JsonProcessingException e) {
            throw new ModelwrightException("The saved settings of run " + run.runId() + " cannot be read: "
                    + e.getOriginalMessage(), e);
        }
    }

    static RunSettings settings(TrainingRequest request, TrainingResult result, DatasetRef dataset) {
        return new RunSettings(request.target(), result.featureColumns(), request.ignoredColumns(),
                request.typeOverrides(),
                request.hyperparameters(), request.stratify(), dataset.fileName(), dataset.sha256(),
                dataset.rowCount(), result.rowsUsed(), result.classes(), heldOut(result.outOfFold()));
    }

    static List<RunSettings.HeldOutPrediction> heldOut(List<OutOfFoldPrediction> oof) {
        List<RunSettings.HeldOutPrediction> out = new ArrayList<>(oof.size());
        for (OutOfFoldPrediction p : oof) {
            out.add(new RunSettings.HeldOutPrediction(p.row(), p.fold(), p.predicted(),
                    Double.isNaN(p.predictedValue()) ? null : p.predictedValue(), p.probabilities()));
        }
        return out;
    }

    static Map<String, MetricValue> metrics(TrainingResult result) {
        Map<String, MetricValue> out = new LinkedHashMap<>();
        boolean single = result.folds().size() < 2;
        result.mean().forEach((name, mean) -> {
            if (single) {
                // A hold-out split is measured once: no spread, no folds (MetricValue's convention).
                out.put(name, MetricValue.single(mean));
                return;
            }
            List<Double> perFold = new ArrayList<>();
            for (double v : result.foldValues(name)) {
                perFold.add(v);
            }
            out.put(name, new MetricValue(mean, result.std().getOrDefault(name, Double.NaN), perFold));
        });
        return out;
    }

    private static byte[] modelBytes(Model<?> model) {
        Path file = null;
        try {
            file = Files.createTempFile("modelwright-run", ".tribuo");
            model.serializeToFile(file);
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ModelwrightException("Could not write the model to a temporary file: " + e.getMessage()
                    + ". Check there is free space in " + System.getProperty("java.io.tmpdir") + ".", e);
        } finally {
            deleteQuietly(file);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Run parts are plain values and always serialize", e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A leftover temporary file is harmless.
            }
        }
    }
}
