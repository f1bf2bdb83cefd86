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
}
