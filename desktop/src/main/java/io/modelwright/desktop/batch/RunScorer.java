package io.modelwright.desktop.batch;

import io.modelwright.core.ModelwrightException;
import io.modelwright.core.train.TrainingResult;
import io.modelwright.runtime.artifact.ArtifactManifest;
import io.modelwright.runtime.artifact.BuildVersions;
import io.modelwright.runtime.artifact.InputDescription;
import io.modelwright.runtime.artifact.ModelDirectoryWriter;
import io.modelwright.runtime.artifact.ModelTask;
import io.modelwright.runtime.artifact.OutputDescription;
import io.modelwright.runtime.score.Scorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A run's model as the exported scorer loads it: written to a temporary model directory (model + manifest) and
 * read back with {@link Scorer#load}, so batch scoring in the app is the scorer's own code (as core's export
 * verification does).
 */
final class RunScorer {
    private RunScorer() {
    }

    static Scorer load(TrainingResult result, String target) {
        if (result.model() == null) {
            throw new ModelwrightException("This run kept no final model, so it cannot score a file.");
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("modelwright-batch");
            ModelTask task = ModelTask.valueOf(result.task().name());
            ModelDirectoryWriter.writeModel(dir, result.model());
            var spec = result.featurizerSpec();
            ModelDirectoryWriter.writeManifest(dir, new ArtifactManifest(ArtifactManifest.CURRENT_FORMAT_VERSION,
                    "in-app", "1", task, Instant.now().toString(), spec.inputs().stream().map(InputDescription::of)
                    .toList(), OutputDescription.of(task, result.model(), target), spec, Map.of(), Map.of(), null,
                    BuildVersions.current(), null, null, null));
            return Scorer.load(dir);
        } catch (IOException e) {
            throw new ModelwrightException("Could not prepare the model for scoring in a temporary folder: "
                    + e.getMessage() + ". Check there is free space in " + System.getProperty("java.io.tmpdir") + ".", e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
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
