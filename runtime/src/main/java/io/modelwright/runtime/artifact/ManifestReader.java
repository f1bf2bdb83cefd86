package io.modelwright.runtime.artifact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads {@code manifest.json}, refusing format versions this scorer does not know. */
public final class ManifestReader {
    private ManifestReader() {
    }

    /**
     * @param file the manifest file
     * @throws ManifestFormatException for an unknown format version or malformed content
     */
    public static ArtifactManifest read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    /** @see #read(Path) */
    public static ArtifactManifest parse(String json) {
        JsonNode tree;
        try {
            tree = ArtifactJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new ManifestFormatException("The manifest is not valid JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode version = tree == null ? null : tree.get("formatVersion");
        if (version == null || !version.canConvertToInt()) {
            throw new ManifestFormatException("The manifest has no formatVersion; it was not written by Modelwright.",
                    null);
        }
        if (version.asInt() != ArtifactManifest.CURRENT_FORMAT_VERSION) {
            throw new ManifestFormatException("The manifest has format version " + version.asInt()
                    + " but this scorer reads version " + ArtifactManifest.CURRENT_FORMAT_VERSION
                    + ". Use the scorer jar that was exported with the model (scorer/modelwright-scorer.jar).", null);
        }
        try {
            return ArtifactJson.mapper().treeToValue(tree, ArtifactManifest.class);
        } catch (JsonProcessingException e) {
            throw new ManifestFormatException("The manifest cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
