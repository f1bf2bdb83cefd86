package io.modelwright.runtime.artifact;

import java.util.List;

/**
 * The I/O of {@code model.onnx}. The graph takes features, not raw columns: run the featurizer described in the
 * manifest first (it does the one-hot encoding, imputation and standardization).
 *
 * @param file          file name inside the model directory
 * @param inputName     graph input name
 * @param inputType     element type, e.g. {@code float32}
 * @param inputShape    shape, -1 for the batch dimension
 * @param featureOrder  feature names in the order of the input's second dimension
 * @param outputName    graph output name
 * @param outputShape   shape, -1 for the batch dimension
 * @param outputOrder   what each output column means (class names, or the regression target)
 * @param domain        ONNX model domain
 * @param modelVersion  ONNX model version
 */
public record OnnxDescription(String file, String inputName, String inputType, List<Integer> inputShape,
                              List<String> featureOrder, String outputName, List<Integer> outputShape,
                              List<String> outputOrder, String domain, long modelVersion) {
}
