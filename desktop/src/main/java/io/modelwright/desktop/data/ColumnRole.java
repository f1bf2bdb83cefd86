package io.modelwright.desktop.data;

/** What a column does in training: the model learns from it, predicts it, or leaves it out. */
public enum ColumnRole {
    FEATURE("feature"),
    TARGET("target"),
    IGNORE("ignore");

    private final String label;

    ColumnRole(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
