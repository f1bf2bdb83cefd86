package io.modelwright.core.experiment;

import io.modelwright.core.ModelwrightException;
import io.modelwright.runtime.artifact.ArtifactManifest;
import io.modelwright.runtime.artifact.BuildVersions;
import io.modelwright.runtime.artifact.InputDescription;
import io.modelwright.runtime.artifact.ModelDirectoryWriter;
import io.modelwright.runtime.artifact.ModelTask;
import io.modelwright.runtime.artifact.OutputDescription;
import io.modelwright.runtime.featurize.FeaturizerSpec;
import io.modelwright.runtime.score.Prediction;
import io.modelwright.runtime.score.Scorer;
import org.tribuo.Model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Predicts with a model exactly as an exported artifact would: the model is written to a temporary model
 * directory (protobuf + manifest) and read back through {@link Scorer#load}. The expected predictions an export
 * is verified against therefore come from the same code path as the exported scorer, not a look-alike.
 */
final class InProcessScoring {
    private InProcessScoring() {
    }

    /**
     * @param rows raw rows, column name to value as a person would send them
     * @return one prediction per row, in order
     */
    static List<Prediction> predict(Model<?> model, FeaturizerSpec spec, ModelTask task, String target,
                                    List<Map<String, Object>> rows) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("modelwright-score");
            ModelDirectoryWriter.writeModel(dir, model);
            ArtifactManifest manifest = new ArtifactManifest(ArtifactManifest.CURRENT_FORMAT_VERSION, "in-process",
                    "1", task, Instant.now().toString(), spec.inputs().stream().map(InputDescription::of).toList(),
                    OutputDescription.of(task, model, target), spec, Map.of(), Map.of(), null,
                    BuildVersions.current(), null, null, null);
            ModelDirectoryWriter.writeManifest(dir, manifest);
            return Scorer.load(dir).predictBatch(rows);
        } catch (IOException e) {
            throw new ModelwrightException("Could not score rows with the model in a temporary folder: "
                    + e.getMessage() + ". Check there is free space in " + System.getProperty("java.io.tmpdir")
                    + ".", e);
        } finally {
            deleteQuietly(dir);
        }
    }

    static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover temporary folder is harmless; the OS cleans its temp directory.
        }
    }
}
