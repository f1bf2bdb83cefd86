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

    /**
     * @param task   what the model predicts
     * @param model  the trained model (its output-id order gives the label order)
     * @param target the predicted column, or null
     */
    public static OutputDescription of(ModelTask task, org.tribuo.Model<?> model, String target) {
        if (task != ModelTask.CLASSIFICATION) {
            return new OutputDescription(target, null, task == ModelTask.ANOMALY ? "score" : "none");
        }
        List<String> labels = new java.util.ArrayList<>();
        org.tribuo.ImmutableOutputInfo<?> info = model.getOutputIDInfo();
        for (int id = 0; id < info.size(); id++) {
            labels.add(((org.tribuo.classification.Label) info.getOutput(id)).getLabel());
        }
        return new OutputDescription(target, labels, model.generatesProbabilities() ? "probability" : "score");
    }
}
