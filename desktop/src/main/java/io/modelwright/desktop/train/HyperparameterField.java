package io.modelwright.desktop.train;

import io.modelwright.core.train.Hyperparameter;
import io.modelwright.core.train.TrainingRequestException;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/**
 * One generated field of the hyperparameter form: the value as typed, checked on every change by the same
 * {@link Hyperparameter#parse} the command line uses, with the message shown under the field.
 */
public final class HyperparameterField {
    private final Hyperparameter setting;
    private final StringProperty text;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public HyperparameterField(Hyperparameter setting) {
        this.setting = setting;
        this.text = new SimpleStringProperty(setting.defaultValue());
        text.addListener((observable, old, typed) -> check(typed));
    }

    private void check(String typed) {
        try {
            setting.parse(typed);
            error.set("");
        } catch (TrainingRequestException e) {
            error.set(e.getMessage());
        }
    }

    public String name() {
        return setting.name();
    }

    /** @return "Max depth" for {@code maxDepth} */
    public String label() {
        String spaced = setting.name().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** @return what the setting does, what is allowed, and the default: for the tooltip and help text */
    public String help() {
        String description = setting.description() == null ? "" : setting.description().trim();
        if (!description.isEmpty() && !description.endsWith(".")) {
            description += ".";
        }
        return (description + " Use " + setting.allowedInWords() + "; default " + setting.defaultValue() + ".").trim();
    }

    /** @return the allowed values of a choice (enum) setting; empty for typed values */
    public List<String> choices() {
        return setting.allowedValues();
    }

    public boolean isBoolean() {
        return setting.javaType().equals("boolean");
    }

    public StringProperty textProperty() {
        return text;
    }

    /** @return the problem with the typed value, in words; empty when it is fine */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public boolean isValid() {
        return error.get().isEmpty();
    }

    /** @return true when the person changed the value from its default */
    public boolean changed() {
        return text.get() != null && !text.get().trim().equals(setting.defaultValue());
    }

    public void reset() {
        text.set(setting.defaultValue());
    }
}
