package io.modelwright.core.export;

import io.modelwright.runtime.artifact.ArtifactManifest;

import java.nio.file.Path;
import java.util.List;

/**
 * A finished, verified export.
 *
 * @param artifactDir  the artifact directory
 * @param manifest     the manifest as written
 * @param verification the self-check result
 * @param files        every file in the artifact, relative, sorted
 */
public record ExportResult(Path artifactDir, ArtifactManifest manifest, VerificationReport verification,
                           List<String> files) {
}
