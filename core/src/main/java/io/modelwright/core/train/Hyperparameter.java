package io.modelwright.core.train;

import java.util.List;
import java.util.Locale;

/**
 * One setting of an algorithm a person may change, discovered from the Tribuo trainer's OLCUT {@code @Config}
 * field (name of the Java type, description, mandatory flag, allowed enum values) with the default read from the
 * trainer Modelwright builds out of the box.
 *
 * @param name          the name used with {@code --set NAME=VALUE}
 * @param javaType      the Java type of the value: int, long, double, float, boolean, or an enum's simple name
 * @param defaultValue  the value used when the person sets nothing, as text
 * @param description   what it changes, from Tribuo's {@code @Config} description or ours
 * @param mandatory     whether Tribuo marks it mandatory
 * @param allowedValues for enums, the allowed values; empty otherwise
 * @param min           smallest allowed value for numbers (inclusive)
 * @param max           largest allowed value for numbers (inclusive)
 * @param source        where it lives in Tribuo, e.g. {@code XGBoostClassificationTrainer.maxDepth}
 */
public record Hyperparameter(String name, String javaType, String defaultValue, String description,
                             boolean mandatory, List<String> allowedValues, double min, double max, String source) {

    public Hyperparameter {
        allowedValues = List.copyOf(allowedValues);
    }

    /** @return true for whole-number settings */
    public boolean isInteger() {
        return javaType.equals("int") || javaType.equals("long");
    }

    /** @return true for number settings */
    public boolean isNumber() {
        return isInteger() || javaType.equals("double") || javaType.equals("float");
    }

    /** @return the allowed range or values in words, e.g. "a whole number from 1 to 1000" */
    public String allowedInWords() {
        if (!allowedValues.isEmpty()) {
            return "one of " + String.join(", ", allowedValues);
        }
        if (javaType.equals("boolean")) {
            return "true or false";
        }
        String what = isInteger() ? "a whole number" : "a number";
        return what + " from " + fmt(min) + " to " + fmt(max);
    }

    /**
     * Checks and converts a value typed by a person.
     *
     * @return the value as the field's Java type (Integer, Long, Double, Float, Boolean or the enum's name)
     * @throws TrainingRequestException saying what is allowed
     */
    public Object parse(String text) {
        String t = text == null ? "" : text.trim();
        try {
            if (!allowedValues.isEmpty()) {
                for (String v : allowedValues) {
                    if (v.equalsIgnoreCase(t)) {
                        return v;
                    }
                }
                throw new IllegalArgumentException();
            }
            switch (javaType) {
                case "boolean" -> {
                    if (!t.equalsIgnoreCase("true") && !t.equalsIgnoreCase("false")) {
                        throw new IllegalArgumentException();
                    }
                    return Boolean.parseBoolean(t.toLowerCase(Locale.ROOT));
                }
                case "int", "long" -> {
                    long v = Long.parseLong(t);
                    checkRange(v);
                    return javaType.equals("int") ? (Object) (int) v : (Object) v;
                }
                default -> {
                    double v = Double.parseDouble(t);
                    if (!Double.isFinite(v)) {
                        throw new IllegalArgumentException();
                    }
                    checkRange(v);
                    return javaType.equals("float") ? (Object) (float) v : (Object) v;
                }
            }
        } catch (IllegalArgumentException e) {
            throw new TrainingRequestException("The setting " + name + "='" + text + "' is not valid: use "
                    + allowedInWords() + ".");
        }
    }

    private void checkRange(double v) {
        if (v < min || v > max) {
            throw new IllegalArgumentException();
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
