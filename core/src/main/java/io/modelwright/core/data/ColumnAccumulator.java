package io.modelwright.core.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/**
 * Collects one column's values while the file is parsed. It starts by parsing every token straight into a growable
 * {@code double[]}; at the first token that is neither a number nor a missing token it switches to dictionary
 * codes (one {@code int} per row plus the distinct strings), because that column will not be numeric-only.
 * Numbers seen before the switch are re-rendered as text, so "1.50" may come back as "1.5" in such a column.
 */
final class ColumnAccumulator {
    private static final int INITIAL_CAPACITY = 1024;

    private final char decimal;
    private final MissingTokens missingTokens;
    private final int[] missingByToken;
    private int size;
    private int missing;

    private double[] numbers;
    private int[] codes;
    private HashMap<String, Integer> dictionary;
    private ArrayList<String> levels;

    ColumnAccumulator(char decimal, MissingTokens missingTokens) {
        this(decimal, missingTokens, INITIAL_CAPACITY);
    }

    /** @param expectedRows rows this column will probably get (estimated from the bytes to read): sizes arrays once */
    ColumnAccumulator(char decimal, MissingTokens missingTokens, int expectedRows) {
        this.decimal = decimal;
        this.missingTokens = missingTokens;
        this.missingByToken = new int[missingTokens.size()];
        this.numbers = new double[Math.max(16, expectedRows)];
    }

    /** Adds the next row's raw token (trimmed here: whitespace around values never matters). */
    void add(String raw) {
        String token = raw.trim();
        int missingIndex = missingTokens.indexOf(token);
        if (missingIndex >= 0) {
            missingByToken[missingIndex]++;
            missing++;
            addMissing();
            return;
        }
        if (codes == null) {
            double v = NumberParser.parse(token, decimal);
            if (!Double.isNaN(v)) {
                if (size == numbers.length) {
                    numbers = Arrays.copyOf(numbers, size + (size >> 1));
                }
                numbers[size++] = v;
                return;
            }
            switchToCodes();
        }
        ensureCodeCapacity();
        codes[size++] = codeOf(token);
    }

    /**
     * The same as {@link #add(String)} for an ASCII token held in {@code b[from, to)}: numbers and missing tokens are
     * read without making a String.
     */
    void add(byte[] b, int from, int to) {
        // String.trim(): every char up to ' ' counts as whitespace (ASCII bytes are never negative).
        while (from < to && b[from] <= ' ') {
            from++;
        }
        while (to > from && b[to - 1] <= ' ') {
            to--;
        }
        int missingIndex = missingTokens.indexOf(b, from, to);
        if (missingIndex >= 0) {
            missingByToken[missingIndex]++;
            missing++;
            addMissing();
            return;
        }
        if (codes == null) {
            double v = NumberParser.parse(b, from, to, decimal);
            if (!Double.isNaN(v)) {
                if (size == numbers.length) {
                    numbers = Arrays.copyOf(numbers, size + (size >> 1));
                }
                numbers[size++] = v;
                return;
            }
            switchToCodes();
        }
        ensureCodeCapacity();
        codes[size++] = codeOf(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
    }

    private void addMissing() {
        if (codes == null) {
            if (size == numbers.length) {
                numbers = Arrays.copyOf(numbers, size + (size >> 1));
            }
            numbers[size++] = Double.NaN;
        } else {
            ensureCodeCapacity();
            codes[size++] = -1;
        }
    }

    private void ensureCodeCapacity() {
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, size + (size >> 1));
        }
    }

    private int codeOf(String token) {
        Integer code = dictionary.get(token);
        if (code == null) {
            code = levels.size();
            dictionary.put(token, code);
            levels.add(token);
        }
        return code;
    }

    private void switchToCodes() {
        dictionary = new HashMap<>();
        levels = new ArrayList<>();
        codes = new int[Math.max(INITIAL_CAPACITY, numbers.length)];
        for (int i = 0; i < size; i++) {
            double v = numbers[i];
            codes[i] = Double.isNaN(v) ? -1 : codeOf(ValueFormatter.formatNumber(v));
        }
        numbers = null;
    }

    /** Appends the rows of {@code next} (the following chunk of the same column) after this one's. */
    void append(ColumnAccumulator next) {
        for (int t = 0; t < missingByToken.length; t++) {
            missingByToken[t] += next.missingByToken[t];
        }
        missing += next.missing;
        if (codes == null && next.codes == null) {
            numbers = Arrays.copyOf(numbers, size + next.size);
            System.arraycopy(next.numbers, 0, numbers, size, next.size);
            size += next.size;
            return;
        }
        if (codes == null) {
            switchToCodes();
        }
        codes = Arrays.copyOf(codes, size + next.size);
        if (next.codes != null) {
            // next's levels are in order of first appearance, so coding them in that order numbers new levels
            // exactly as coding its rows one by one would.
            int[] recode = new int[next.levels.size()];
            for (int i = 0; i < recode.length; i++) {
                recode[i] = codeOf(next.levels.get(i));
            }
            for (int i = 0; i < next.size; i++) {
                int code = next.codes[i];
                codes[size++] = code < 0 ? -1 : recode[code];
            }
            return;
        }
        for (int i = 0; i < next.size; i++) {
            String text = next.textAt(i);
            codes[size++] = text == null ? -1 : codeOf(text);
        }
    }

    private String textAt(int row) {
        if (codes == null) {
            double v = numbers[row];
            return Double.isNaN(v) ? null : ValueFormatter.formatNumber(v);
        }
        int code = codes[row];
        return code < 0 ? null : levels.get(code);
    }

    int size() {
        return size;
    }

    int missing() {
        return missing;
    }

    int[] missingByToken() {
        return missingByToken;
    }

    MissingTokens missingTokens() {
        return missingTokens;
    }

    char decimal() {
        return decimal;
    }

    /** @return true while every non-missing token parsed as a number */
    boolean isNumeric() {
        return codes == null;
    }

    /** @return the numbers, trimmed to size (numeric columns only) */
    double[] numbers() {
        if (numbers.length != size) {
            numbers = Arrays.copyOf(numbers, size);
        }
        return numbers;
    }

    /** @return the dictionary codes, trimmed to size (text columns only) */
    int[] codes() {
        if (codes.length != size) {
            codes = Arrays.copyOf(codes, size);
        }
        return codes;
    }

    /** @return distinct texts in order of first appearance (text columns only) */
    List<String> levels() {
        return levels;
    }

    /** Lets the dictionary go once codes and levels have been taken: it is the biggest object in a text column. */
    void releaseDictionary() {
        dictionary = null;
    }
}
