package io.modelwright.runtime.featurize;

import java.util.List;

/**
 * The featurizer's whole state: saved beside every model (in the project and in the artifact manifest) so that
 * training and serving turn a row into exactly the same features.
 *
 * @param version      format version of this spec
 * @param inputs       the input columns in a fixed order (the order a headerless CSV row must follow)
 * @param featureNames every feature the model may see, sorted (the order Tribuo uses for its feature ids)
 * @param missingTokens texts that mean "missing" when raw text arrives (as configured at import)
 */
public record FeaturizerSpec(int version, List<InputSpec> inputs, List<String> featureNames,
                             List<String> missingTokens) {

    /** The current spec format version. */
    public static final int CURRENT_VERSION = 1;

    public FeaturizerSpec {
        inputs = List.copyOf(inputs);
        featureNames = List.copyOf(featureNames);
        missingTokens = missingTokens == null ? List.of("", "NA", "N/A", "null", "NaN", "?", "-", ".")
                : List.copyOf(missingTokens);
    }

    /** @return the input column names, in order */
    public List<String> inputNames() {
        return inputs.stream().map(InputSpec::name).toList();
    }

    /** @return the input with this name, or null */
    public InputSpec input(String name) {
        for (InputSpec in : inputs) {
            if (in.name().equals(name)) {
                return in;
            }
        }
        return null;
    }
}
