package io.modelwright.runtime.artifact;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.modelwright.runtime.featurize.FeaturizerSpec;

import java.util.List;
import java.util.Map;

/**
 * The machine contract of an artifact ({@code model/manifest.json}): everything a scorer needs besides the model
 * file itself, and everything a person needs to trust it.
 *
 * @param formatVersion   manifest format version; readers refuse versions they do not know
 * @param name            model name (also the name in KServe URLs)
 * @param version         model version
 * @param task            what the model predicts
 * @param created         ISO-8601 instant of export
 * @param inputs          input columns, in the order a headerless CSV line follows
 * @param outputs         what a prediction holds
 * @param featurizer      the featurizer's learned state
 * @param metrics         held-out metrics by name
 * @param metricsStd      standard deviation of each metric across folds (may be empty)
 * @param trainingData    training data fingerprint
 * @param versions        library versions the model was built with
 * @param algorithm       algorithm, hyperparameters and seed
 * @param onnx            ONNX graph I/O, or null when no ONNX file was exported
 * @param files           SHA-256 (lower-case hex) of each file in the model directory, by file name
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArtifactManifest(int formatVersion, String name, String version, ModelTask task, String created,
                               List<InputDescription> inputs, OutputDescription outputs, FeaturizerSpec featurizer,
                               Map<String, Double> metrics, Map<String, Double> metricsStd,
                               TrainingDataFingerprint trainingData, BuildVersions versions,
                               AlgorithmDescription algorithm, OnnxDescription onnx, Map<String, String> files) {

    /** The manifest format this code writes and reads. */
    public static final int CURRENT_FORMAT_VERSION = 1;
    /** File name of the manifest inside the model directory. */
    public static final String FILE_NAME = "manifest.json";
    /** File name of the Tribuo model inside the model directory. */
    public static final String MODEL_FILE = "model.tribuo";
    /** File name of the ONNX model inside the model directory. */
    public static final String ONNX_FILE = "model.onnx";
    /** File name of the input example (also the start-up self-test). */
    public static final String INPUT_EXAMPLE_FILE = "input_example.json";

    public ArtifactManifest {
        inputs = List.copyOf(inputs);
        // Sorted copies: the manifest is diffed and hashed, so its text must not depend on map iteration order.
        metrics = sorted(metrics);
        metricsStd = sorted(metricsStd);
        files = sorted(files);
    }

    private static <V> Map<String, V> sorted(Map<String, V> map) {
        return map == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(map));
    }

    /** @return a copy with the given file hashes */
    public ArtifactManifest withFiles(Map<String, String> newFiles) {
        return new ArtifactManifest(formatVersion, name, version, task, created, inputs, outputs, featurizer, metrics,
                metricsStd, trainingData, versions, algorithm, onnx, newFiles);
    }

    /** @return the input column names, in order */
    public List<String> inputNames() {
        return inputs.stream().map(InputDescription::name).toList();
    }
}
