package io.modelwright.core.lesson;

import java.util.Map;

/**
 * Training settings a lesson step fixes, so every student trains exactly the same way.
 *
 * @param algorithm       algorithm id from the catalog, e.g. "cart"
 * @param hyperparameters setting name to value as text (others keep their defaults)
 * @param validation      "cv:5" or "holdout:0.3" (as the CLI's --validation), or null to keep the current one
 * @param seed            the random seed, or null to keep the current one
 */
public record TrainPreset(String algorithm, Map<String, String> hyperparameters, String validation, Long seed) {

    public TrainPreset {
        hyperparameters = hyperparameters == null ? Map.of() : Map.copyOf(hyperparameters);
    }
}
