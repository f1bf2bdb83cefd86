package io.modelwright.core.data;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Converts collected values to one storage: numbers, dates, booleans or dictionary codes. Text columns are
 * converted per distinct level, then mapped through the codes, so each distinct text is parsed once.
 * Values that do not fit become missing and are counted, so the reason can say how many.
 */
final class ColumnConverter {
    static final Set<String> TRUE_TOKENS = Set.of("true", "yes", "y", "t", "1", "on");
    static final Set<String> FALSE_TOKENS = Set.of("false", "no", "n", "f", "0", "off");

    /** Converted values, with how many present values failed to convert and one example of them. */
    record Converted(double[] values, int failures, String example, String format) {
    }

    /** Dictionary storage. */
    record Dictionary(int[] codes, List<String> levels) {
    }

    private ColumnConverter() {
    }

    static Converted toNumbers(ColumnAccumulator acc) {
        if (acc.isNumeric()) {
            return new Converted(acc.numbers(), 0, null, null);
        }
        List<String> levels = acc.levels();
        double[] byLevel = new double[levels.size()];
        for (int i = 0; i < byLevel.length; i++) {
            byLevel[i] = NumberParser.parse(levels.get(i), acc.decimal());
        }
        return mapLevels(acc, byLevel, null);
    }

    /** Whole numbers only: a value such as 2.5 does not parse as an integer and becomes missing. */
    static Converted toIntegers(ColumnAccumulator acc) {
        Converted numbers = toNumbers(acc);
        double[] values = acc.isNumeric() ? numbers.values().clone() : numbers.values();
        int failures = numbers.failures();
        String example = numbers.example();
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!Double.isNaN(v) && (Double.isInfinite(v) || v != Math.rint(v))) {
                if (example == null) {
                    example = ValueFormatter.formatNumber(v);
                }
                values[i] = Double.NaN;
                failures++;
            }
        }
        return new Converted(values, failures, example, null);
    }

    static Converted toDates(ColumnAccumulator acc, String pattern) {
        if (acc.isNumeric()) {
            // Numbers as dates: whole numbers 1000..3000 are years; anything else is taken as epoch seconds.
            NumericStats stats = NumericStats.of(acc.numbers());
            boolean years = stats.allIntegers() && stats.min() >= 1000 && stats.max() <= 3000;
            double[] values = acc.numbers().clone();
            if (years) {
                for (int i = 0; i < values.length; i++) {
                    if (!Double.isNaN(values[i])) {
                        values[i] = java.time.LocalDate.of((int) values[i], 1, 1).atStartOfDay()
                                .toEpochSecond(java.time.ZoneOffset.UTC);
                    }
                }
            }
            return new Converted(values, 0, null, years ? "uuuu" : "uuuu-MM-dd'T'HH:mm:ss");
        }
        DateTimeFormatter formatter = DateParser.formatter(pattern);
        List<String> levels = acc.levels();
        double[] byLevel = new double[levels.size()];
        for (int i = 0; i < byLevel.length; i++) {
            byLevel[i] = DateParser.toEpochSeconds(levels.get(i), formatter);
        }
        return mapLevels(acc, byLevel, pattern);
    }

    static Converted toBooleans(ColumnAccumulator acc) {
        if (acc.isNumeric()) {
            double[] values = acc.numbers().clone();
            int failures = 0;
            String example = null;
            for (int i = 0; i < values.length; i++) {
                double v = values[i];
                if (!Double.isNaN(v) && v != 0 && v != 1) {
                    example = example == null ? ValueFormatter.formatNumber(v) : example;
                    values[i] = Double.NaN;
                    failures++;
                }
            }
            return new Converted(values, failures, example, "1|0");
        }
        List<String> levels = acc.levels();
        double[] byLevel = new double[levels.size()];
        Arrays.fill(byLevel, Double.NaN);
        String trueToken = null;
        String falseToken = null;
        boolean anyKnown = false;
        for (int i = 0; i < byLevel.length; i++) {
            String lower = levels.get(i).toLowerCase(Locale.ROOT);
            if (TRUE_TOKENS.contains(lower)) {
                byLevel[i] = 1;
                trueToken = trueToken == null ? levels.get(i) : trueToken;
                anyKnown = true;
            } else if (FALSE_TOKENS.contains(lower)) {
                byLevel[i] = 0;
                falseToken = falseToken == null ? levels.get(i) : falseToken;
                anyKnown = true;
            }
        }
        if (!anyKnown && levels.size() == 2) {
            // Two labels we do not know (say 'M'/'F'): the later one in alphabetical order reads as true.
            int t = levels.get(0).compareTo(levels.get(1)) > 0 ? 0 : 1;
            byLevel[t] = 1;
            byLevel[1 - t] = 0;
            trueToken = levels.get(t);
            falseToken = levels.get(1 - t);
        }
        String format = (trueToken == null ? "true" : trueToken) + "|" + (falseToken == null ? "false" : falseToken);
        return mapLevels(acc, byLevel, format);
    }

    static Dictionary toDictionary(ColumnAccumulator acc) {
        if (!acc.isNumeric()) {
            Dictionary d = new Dictionary(acc.codes(), acc.levels());
            acc.releaseDictionary();
            return d;
        }
        double[] numbers = acc.numbers();
        int[] codes = new int[numbers.length];
        Map<String, Integer> index = new HashMap<>();
        List<String> levels = new ArrayList<>();
        for (int i = 0; i < numbers.length; i++) {
            if (Double.isNaN(numbers[i])) {
                codes[i] = -1;
                continue;
            }
            String text = ValueFormatter.formatNumber(numbers[i]);
            codes[i] = index.computeIfAbsent(text, k -> {
                levels.add(k);
                return levels.size() - 1;
            });
        }
        return new Dictionary(codes, levels);
    }

    /** @return rows per level code (text columns only) */
    static int[] levelCounts(ColumnAccumulator acc) {
        int[] counts = new int[acc.levels().size()];
        for (int code : acc.codes()) {
            if (code >= 0) {
                counts[code]++;
            }
        }
        return counts;
    }

    private static Converted mapLevels(ColumnAccumulator acc, double[] byLevel, String format) {
        int[] codes = acc.codes();
        double[] values = new double[codes.length];
        int failures = 0;
        String example = null;
        for (int i = 0; i < codes.length; i++) {
            int code = codes[i];
            double v = code < 0 ? Double.NaN : byLevel[code];
            if (code >= 0 && Double.isNaN(v)) {
                failures++;
                example = example == null ? acc.levels().get(code) : example;
            }
            values[i] = v;
        }
        return new Converted(values, failures, example, format);
    }
}
