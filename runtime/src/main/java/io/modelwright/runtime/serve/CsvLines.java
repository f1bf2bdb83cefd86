package io.modelwright.runtime.serve;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line (RFC 4180: comma-separated, double quotes around fields that hold commas or quotes).
 * The scorer works line by line because SageMaker batch transform splits files by line.
 */
public final class CsvLines {
    private CsvLines() {
    }

    /**
     * @param line one line without its line break
     * @return the fields, unquoted
     * @throws IllegalArgumentException for an unterminated quote
     */
    public static List<String> split(String line) {
        return split(line, 8);
    }

    /**
     * @param expectedFields how many fields the caller expects (sizes the list; any count is still accepted)
     * @see #split(String)
     */
    public static List<String> split(String line, int expectedFields) {
        List<String> fields = new ArrayList<>(Math.max(1, expectedFields));
        // Fast path, the common case: no quote on the line, so fields are the substrings between commas
        // (String.indexOf is a vectorized intrinsic; no per-character copying).
        if (line.indexOf('"') >= 0) {
            return splitQuoted(line, 0, fields);
        }
        int start = 0;
        for (int comma = line.indexOf(','); comma >= 0; comma = line.indexOf(',', start)) {
            fields.add(line.substring(start, comma));
            start = comma + 1;
        }
        fields.add(line.substring(start));
        return fields;
    }

    /** The general case, from the field that starts at {@code from} on (fields before it are already added). */
    private static List<String> splitQuoted(String line, int from, List<String> fields) {
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted field is not closed on this line");
        }
        fields.add(field.toString());
        return fields;
    }

    /** @return the value quoted for CSV when it needs to be */
    public static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** @return true when the fields are exactly the input names, in any order (a header line) */
    public static boolean isHeader(List<String> fields, List<String> inputNames) {
        if (fields.size() != inputNames.size()) {
            return false;
        }
        java.util.Set<String> trimmed = new java.util.HashSet<>();
        for (String f : fields) {
            trimmed.add(f.trim());
        }
        return trimmed.size() == inputNames.size() && trimmed.containsAll(inputNames);
    }
}
