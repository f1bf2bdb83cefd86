package io.modelwright.runtime.artifact;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.modelwright.runtime.featurize.FeaturizerSpec;
import org.tribuo.Model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes the files of an artifact's {@code model/} directory that the scorer reads: the Tribuo model (protobuf),
 * the input example and, last, the manifest with the SHA-256 of every other file in the directory.
 */
public final class ModelDirectoryWriter {
    private ModelDirectoryWriter() {
    }

    /** Writes {@code model.tribuo} (Tribuo protobuf; never Java serialization). */
    public static void writeModel(Path modelDir, Model<?> model) throws IOException {
        Files.createDirectories(modelDir);
        model.serializeToFile(modelDir.resolve(ArtifactManifest.MODEL_FILE));
    }

    /**
     * Writes {@code input_example.json} in MLflow's {@code dataframe_split} shape, ready to POST to /invocations.
     *
     * @param spec featurizer spec (column order)
     * @param rows raw example rows, column name to value
     */
    public static void writeInputExample(Path modelDir, FeaturizerSpec spec, List<Map<String, Object>> rows)
            throws IOException {
        Files.writeString(modelDir.resolve(ArtifactManifest.INPUT_EXAMPLE_FILE), inputExampleJson(spec, rows));
    }

    /** @return the rows as {@code {"dataframe_split": {"columns": [...], "data": [[...]]}}} */
    public static String inputExampleJson(FeaturizerSpec spec, List<Map<String, Object>> rows) {
        List<String> columns = spec.inputNames();
        List<List<Object>> data = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            List<Object> values = new ArrayList<>();
            columns.forEach(c -> values.add(row.get(c)));
            data.add(values);
        }
        Map<String, Object> split = new LinkedHashMap<>();
        split.put("columns", columns);
        split.put("data", data);
        try {
            return ArtifactJson.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(Map.of("dataframe_split", split)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Hashes every regular file in the model directory except the manifest, and writes the manifest with them.
     *
     * @return the manifest as written (with file hashes)
     */
    public static ArtifactManifest writeManifest(Path modelDir, ArtifactManifest manifest) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.list(modelDir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (Files.isRegularFile(f) && !name.equals(ArtifactManifest.FILE_NAME)) {
                    hashes.put(name, FileHashes.sha256(f));
                }
            }
        }
        ArtifactManifest withFiles = manifest.withFiles(hashes);
        ManifestWriter.write(withFiles, modelDir.resolve(ArtifactManifest.FILE_NAME));
        return withFiles;
    }
}
