package io.modelwright.runtime.artifact;

import java.util.Map;

/**
 * How the model was trained, enough to train it again.
 *
 * @param id              Modelwright's algorithm id, e.g. {@code logistic-regression}
 * @param hyperparameters hyperparameter name to value, as text
 * @param seed            random seed
 */
public record AlgorithmDescription(String id, Map<String, String> hyperparameters, long seed) {
    public AlgorithmDescription {
        hyperparameters = hyperparameters == null ? Map.of() : Map.copyOf(hyperparameters);
    }
}
