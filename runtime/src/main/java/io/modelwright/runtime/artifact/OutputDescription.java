package io.modelwright.runtime.artifact;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * What a prediction holds.
 *
 * @param target    name of the predicted column (null for clustering and anomaly detection)
 * @param labels    classification: class names in Tribuo's output-id order (the order of per-class scores)
 * @param scoreType {@code probability} (scores sum to 1), {@code score} (unnormalized), or {@code none}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OutputDescription(String target, List<String> labels, String scoreType) {
}
