package io.modelwright.runtime.artifact;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One input column as a client sees it.
 *
 * @param name       column name
 * @param type       column type id ({@code numeric}, {@code categorical}, ...)
 * @param required   the column must be present in every request (its value may still be empty: the featurizer
 *                   fills missing values the way it learned in training)
 * @param categories known categories (categorical inputs only)
 * @param min        smallest training value (numeric inputs only)
 * @param max        largest training value (numeric inputs only)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InputDescription(String name, String type, boolean required, List<String> categories, Double min,
                               Double max) {

    /** @return the client view of one featurizer input: every input is required, ranges only when known */
    public static InputDescription of(io.modelwright.runtime.featurize.InputSpec in) {
        boolean numeric = !in.isCategorical();
        return new InputDescription(in.name(), in.type().id(), true, in.isCategorical() ? in.levels() : null,
                numeric && Double.isFinite(in.min()) ? in.min() : null,
                numeric && Double.isFinite(in.max()) ? in.max() : null);
    }
}
