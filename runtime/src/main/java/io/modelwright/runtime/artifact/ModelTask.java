package io.modelwright.runtime.artifact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** What a model predicts; the lower-case {@link #id()} is the name used in the manifest and in HTTP answers. */
public enum ModelTask {
    /** A class label, with per-class scores. */
    CLASSIFICATION,
    /** A number. */
    REGRESSION,
    /** A cluster id. */
    CLUSTERING,
    /** An anomaly flag with a score. */
    ANOMALY;

    /** @return the lower-case name used in JSON */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws IllegalArgumentException naming the accepted values
     */
    @JsonCreator
    public static ModelTask fromId(String id) {
        for (ModelTask t : values()) {
            if (t.id().equalsIgnoreCase(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("Unknown task '" + id
                + "'. Expected classification, regression, clustering or anomaly.");
    }
}
