package io.modelwright.runtime.featurize;

import io.modelwright.runtime.schema.DatetimeParsing;

import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns raw values arriving for scoring (text from a CSV line, or JSON strings, numbers, booleans, null) into the
 * canonical row the {@link Featurizer} takes. Strict: a value that cannot be read for its column is an error
 * naming the column and the value, never a silent zero.
 */
public final class RawValueParser {
    private final FeaturizerSpec spec;
    private final Set<String> missingTokens = new HashSet<>();
    /** The same tokens as an array, for {@link #isMissing}'s allocation-free check of ASCII text. */
    private final String[] missingTokenArray;
    private final int longestMissingToken;

    /** @param spec the featurizer state, whose inputs say how to read each column */
    public RawValueParser(FeaturizerSpec spec) {
        this.spec = spec;
        for (String token : spec.missingTokens()) {
            missingTokens.add(token.trim().toLowerCase(Locale.ROOT));
        }
        missingTokenArray = missingTokens.toArray(String[]::new);
        longestMissingToken = missingTokens.stream().mapToInt(String::length).max().orElse(-1);
    }

    /**
     * @param raw column name to raw value; absent columns are missing
     * @return canonical values in input order
     * @throws InvalidInputException for an unreadable value, a NaN or an infinite number
     */
    public Object[] parse(Map<String, ?> raw) {
        List<InputSpec> inputs = spec.inputs();
        Object[] canonical = new Object[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            canonical[i] = parseValue(inputs.get(i), raw.get(inputs.get(i).name()));
        }
        return canonical;
    }

    /**
     * @param raw one raw value per input, in input order (a headerless CSV line)
     * @return canonical values in input order
     */
    public Object[] parse(List<?> raw) {
        List<InputSpec> inputs = spec.inputs();
        if (raw.size() != inputs.size()) {
            throw new InvalidInputException(null, "Expected " + inputs.size() + " values (" + String.join(", ",
                    spec.inputNames()) + ") but got " + raw.size() + ".");
        }
        Object[] canonical = new Object[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            canonical[i] = parseValue(inputs.get(i), raw.get(i));
        }
        return canonical;
    }

    /**
     * Parses an unquoted comma-separated line in input order: the same values and errors as {@link #parse(List)}
     * of the line's fields, but numbers are read in place rather than from a copy of each field.
     *
     * @param line one CSV line
     * @return canonical values in input order, or null when the line needs the general route (it holds a quote,
     *         or its field count is not the input count)
     */
    public Object[] parseUnquotedLine(String line) {
        List<InputSpec> inputs = spec.inputs();
        int count = inputs.size();
        if (line.indexOf('"') >= 0) {
            return null;
        }
        int[] ends = new int[count];
        int from = 0;
        for (int i = 0; i < count; i++) {
            int comma = line.indexOf(',', from);
            if ((comma < 0) != (i == count - 1)) {
                return null; // too few or too many fields: parse(List) gives the error
            }
            ends[i] = comma < 0 ? line.length() : comma;
            from = ends[i] + 1;
        }
        Object[] canonical = new Object[count];
        int start = 0;
        for (int i = 0; i < count; i++) {
            InputSpec in = inputs.get(i);
            canonical[i] = in.isCategorical() || in.type() == io.modelwright.runtime.schema.ColumnType.BOOLEAN
                    || in.type() == io.modelwright.runtime.schema.ColumnType.DATETIME
                    ? parseValue(in, line.substring(start, ends[i])) : numberInPlace(in, line, start, ends[i]);
            start = ends[i] + 1;
        }
        return canonical;
    }

    /** A numeric field read in place when it is a plain decimal too long to be a missing token. */
    private Object numberInPlace(InputSpec in, String line, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && line.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && line.charAt(to - 1) <= ' ') {
            to--;
        }
        if (to - from > longestMissingToken) {
            double d = PlainDecimals.parse(line, from, to);
            if (!Double.isNaN(d)) {
                return d;
            }
        }
        return parseValue(in, line.substring(start, end));
    }

    /** @return the canonical value (Double, String or null) of one raw value for one input */
    public Object parseValue(InputSpec in, Object raw) {
        if (raw == null || (raw instanceof String s && isMissing(s))) {
            return in.isCategorical() ? null : Double.NaN;
        }
        return switch (in.type()) {
            case CATEGORICAL -> categorical(raw);
            case BOOLEAN -> bool(in, raw);
            case DATETIME -> datetime(in, raw);
            default -> number(in, raw);
        };
    }

    /**
     * True when the trimmed, lower-cased text is a missing token. Every CSV field passes here, so ASCII text (the
     * usual case) is compared in place, token by token, without the trimmed and lower-cased copy and its hash;
     * ASCII lower-cases char by char, so the answer is the same. Other text takes the general route. Text longer
     * than every token is never one: lower-casing never shortens a string (a test checks every code point).
     */
    private boolean isMissing(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && s.charAt(end - 1) <= ' ') {
            end--;
        }
        if (end - start > longestMissingToken) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (s.charAt(i) >= 0x80) {
                return missingTokens.contains(s.trim().toLowerCase(Locale.ROOT));
            }
        }
        for (String token : missingTokenArray) {
            if (token.length() == end - start && equalsAsciiLowerCased(s, start, token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean equalsAsciiLowerCased(String s, int start, String lowerToken) {
        for (int k = 0; k < lowerToken.length(); k++) {
            char c = s.charAt(start + k);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != lowerToken.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static String categorical(Object raw) {
        if (raw instanceof Number n) {
            double d = n.doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
        }
        return raw.toString().trim();
    }

    private static Double number(InputSpec in, Object raw) {
        double d;
        if (raw instanceof Number n) {
            d = n.doubleValue();
        } else if (raw instanceof Boolean b) {
            d = b ? 1 : 0;
        } else {
            String text = raw.toString().trim();
            d = PlainDecimals.parse(text);
            if (Double.isNaN(d)) {
                d = parseDouble(in, raw, text);
            }
        }
        if (!Double.isFinite(d)) {
            throw new InvalidInputException(in.name(), "Column '" + in.name() + "': " + raw
                    + " is not allowed; send a finite number, or leave the value empty if it is missing.");
        }
        return d;
    }

    private static double parseDouble(InputSpec in, Object raw, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw invalid(in, raw, "a number");
        }
    }

    private static Double bool(InputSpec in, Object raw) {
        if (raw instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        if (raw instanceof Number n && (n.doubleValue() == 0 || n.doubleValue() == 1)) {
            return n.doubleValue();
        }
        String s = raw.toString().trim();
        if (in.format() != null) {
            String[] tokens = in.format().split("\\|", 2);
            if (s.equalsIgnoreCase(tokens[0])) {
                return 1.0;
            }
            if (tokens.length > 1 && s.equalsIgnoreCase(tokens[1])) {
                return 0.0;
            }
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "t", "yes", "y", "1" -> 1.0;
            case "false", "f", "no", "n", "0" -> 0.0;
            default -> throw invalid(in, raw, "true or false" + (in.format() == null ? ""
                    : " (" + in.format().replace("|", " or ") + ")"));
        };
    }

    private static Double datetime(InputSpec in, Object raw) {
        if (raw instanceof Number n) {
            return n.doubleValue();
        }
        String s = raw.toString().trim();
        try {
            return (double) DatetimeParsing.toEpochSeconds(s, in.format() == null ? "uuuu-MM-dd" : in.format());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw invalid(in, raw, "a date like " + (in.format() == null ? "2020-01-31" : in.format()));
        }
    }

    private static InvalidInputException invalid(InputSpec in, Object raw, String expected) {
        return new InvalidInputException(in.name(), "Column '" + in.name() + "': '" + raw + "' is not "
                + expected + ".");
    }

}
