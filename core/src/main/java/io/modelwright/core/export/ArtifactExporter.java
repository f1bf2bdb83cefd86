package io.modelwright.core.export;

import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.ProgressListener;
import io.modelwright.runtime.artifact.ArtifactJson;
import io.modelwright.runtime.artifact.ArtifactManifest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Exports a trained model as a deployable artifact and proves it works before handing it over:
 * <ol>
 *   <li>writes the layout (model files, manifest, scorer jar, scripts, Dockerfile, deployment notes, examples,
 *       README) into a staging directory next to the target;</li>
 *   <li>verifies it ({@link ArtifactVerifier}): the exported scorer, run as a separate JVM, must reproduce the
 *       app's held-out predictions;</li>
 *   <li>writes {@code verification.json} and {@code SHA256SUMS}, then moves the directory into place.</li>
 * </ol>
 * A failed or cancelled export leaves nothing behind.
 */
public final class ArtifactExporter {

    /**
     * @param request  what to export
     * @param outDir   the artifact directory to create (must not exist, or be empty)
     * @param progress receives progress
     * @param cancel   checked between steps
     * @return the verified artifact
     * @throws ExportException when writing fails or the artifact does not reproduce the app's predictions
     * @throws io.modelwright.core.task.CancelledException when cancelled
     */
    public ExportResult export(ExportRequest request, Path outDir, ProgressListener progress,
                               CancellationToken cancel) {
        Path target = outDir.toAbsolutePath().normalize();
        checkTarget(target);
        Path staging = target.resolveSibling(target.getFileName() + ".partial");
        boolean done = false;
        try {
            deleteRecursively(staging);
            Files.createDirectories(staging);
            Path jar = request.scorerJar() != null ? request.scorerJar() : ScorerJarLocator.locate();
            progress.progress(0, 4, "Writing the artifact");
            ArtifactManifest manifest = ArtifactWriter.write(request, jar, staging);
            cancel.throwIfCancelled();

            progress.progress(1, 4, "Checking the exported scorer");
            VerificationReport report = new ArtifactVerifier().verify(request, manifest, staging, progress, cancel);
            Files.write(staging.resolve("verification.json"), ArtifactJson.mapper()
                    .writerWithDefaultPrettyPrinter().writeValueAsBytes(report));
            if (!report.passed()) {
                throw new ExportException(report.message());
            }
            cancel.throwIfCancelled();

            progress.progress(3, 4, "Writing checksums");
            Sha256Sums.write(staging);
            Files.deleteIfExists(target);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            done = true;
            progress.progress(4, 4, "Exported");
            return new ExportResult(target, manifest, report, Sha256Sums.files(target));
        } catch (IOException e) {
            throw new ExportException("Could not write the artifact to " + target + ": " + e.getMessage(), e);
        } finally {
            if (!done) {
                deleteQuietly(staging);
            }
        }
    }

    private static void checkTarget(Path target) {
        if (Files.exists(target)) {
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new ExportException("The folder " + target + " is not empty. Choose a new folder for "
                            + "the artifact.");
                }
            } catch (IOException e) {
                throw new ExportException("Cannot use " + target + ": " + e.getMessage(), e);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteRecursively(dir);
        } catch (IOException | UncheckedIOException e) {
            // Best effort: a leftover .partial folder is visible and harmless.
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
