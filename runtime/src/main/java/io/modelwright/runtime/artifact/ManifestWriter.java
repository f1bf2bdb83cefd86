package io.modelwright.runtime.artifact;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@code manifest.json}, pretty-printed so people can read it. */
public final class ManifestWriter {
    private ManifestWriter() {
    }

    /** Writes the manifest to a file. */
    public static void write(ArtifactManifest manifest, Path file) throws IOException {
        Files.writeString(file, toJson(manifest));
    }

    /** @return the manifest as pretty-printed JSON */
    public static String toJson(ArtifactManifest manifest) {
        try {
            return ArtifactJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(manifest) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
