package io.modelwright.desktop.tryit;

import io.modelwright.runtime.featurize.InputSpec;
import io.modelwright.runtime.schema.ColumnType;

import java.util.List;
import java.util.Locale;

/**
 * One field of the Try it form, derived from what the featurizer learned about an input column.
 *
 * @param name   the column name
 * @param kind   which control edits it
 * @param hint   what a person should know, e.g. "trained on 4.3 – 7.9"
 * @param levels the choices (categories; "true"/"false" tokens for booleans), else empty
 * @param format the date pattern (dates), else null
 */
public record InputField(String name, Kind kind, String hint, List<String> levels, String format) {

    /** Which control a field needs. */
    public enum Kind { NUMBER, CHOICE, DATE }

    public InputField {
        levels = List.copyOf(levels);
    }

    /** @return the field for one input of the featurizer */
    public static InputField of(InputSpec in) {
        if (in.type() == ColumnType.CATEGORICAL) {
            return new InputField(in.name(), Kind.CHOICE, in.levels().size() + " categories seen in training",
                    in.levels(), null);
        }
        if (in.type() == ColumnType.BOOLEAN) {
            List<String> tokens = in.format() == null ? List.of("true", "false") : List.of(in.format().split("\\|", 2));
            return new InputField(in.name(), Kind.CHOICE, "yes or no", tokens, null);
        }
        if (in.type() == ColumnType.DATETIME) {
            String pattern = in.format() == null ? "uuuu-MM-dd" : in.format();
            return new InputField(in.name(), Kind.DATE, "a date, " + pattern, List.of(), pattern);
        }
        String range = Double.isNaN(in.min()) ? "" : "trained on " + number(in.min()) + " – " + number(in.max());
        return new InputField(in.name(), Kind.NUMBER, range, List.of(), null);
    }

    /** @return a number as a person writes it: no ".0" on whole numbers, at most 4 decimals */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String text = String.format(Locale.ROOT, "%.4f", value);
        return text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
