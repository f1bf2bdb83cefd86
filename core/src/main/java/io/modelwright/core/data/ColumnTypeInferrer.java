package io.modelwright.core.data;

import io.modelwright.runtime.schema.ColumnType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static io.modelwright.core.data.TypeReasons.count;
import static io.modelwright.core.data.TypeReasons.failureSuffix;
import static io.modelwright.core.data.TypeReasons.infinitySuffix;
import static io.modelwright.core.data.TypeReasons.missingSuffix;
import static io.modelwright.core.data.TypeReasons.percent;

/**
 * Decides a column's type from its collected values and says why in one line. Numbers win when at least 95% of
 * the present values parse (the rest become missing and are counted); dates need 90%.
 */
final class ColumnTypeInferrer {
    static final double NUMERIC_SHARE = 0.95;
    static final double DATE_SHARE = 0.90;
    /** Fewer rows than this are too few to call a column an identifier or free text. */
    static final int MIN_ROWS_FOR_UNIQUE = 20;
    private static final Pattern ID_NAME = Pattern.compile("(?i)(id|.*[_\\- .]id|key|index|row|row_?(num|number|no))");

    private ColumnTypeInferrer() {
    }

    static Column infer(String name, ColumnAccumulator acc) {
        int present = acc.size() - acc.missing();
        if (present == 0) {
            return new NumericColumn(name, ColumnType.EMPTY, "No values: all " + count(acc.size())
                    + " rows are missing" + missingSuffix(acc), acc.isNumeric() ? acc.numbers() : new double[acc.size()],
                    null, acc.size());
        }
        if (acc.isNumeric()) {
            return numeric(name, acc, ColumnConverter.toNumbers(acc), present);
        }
        int[] counts = ColumnConverter.levelCounts(acc);
        List<String> levels = acc.levels();
        int numericRows = 0;
        for (int i = 0; i < levels.size(); i++) {
            if (!Double.isNaN(NumberParser.parse(levels.get(i), acc.decimal()))) {
                numericRows += counts[i];
            }
        }
        if (numericRows >= NUMERIC_SHARE * present) {
            return numeric(name, acc, ColumnConverter.toNumbers(acc), present);
        }
        if (levels.size() == 1) {
            return text(name, acc, ColumnType.CONSTANT, "Every value is '" + levels.get(0) + "'");
        }
        if (isBoolean(levels)) {
            var b = ColumnConverter.toBooleans(acc);
            String[] tokens = b.format().split("\\|");
            return new NumericColumn(name, ColumnType.BOOLEAN, "Only yes/no-style values appear (" + String.join(", ",
                    levels.subList(0, Math.min(6, levels.size()))) + ") in " + count(present) + " values: read as boolean, '"
                    + tokens[0] + "' = true" + missingSuffix(acc), b.values(), b.format(), acc.missing());
        }
        Column dates = dates(name, acc, present);
        if (dates != null) {
            return dates;
        }
        int distinct = levels.size();
        if (distinct == present && present >= MIN_ROWS_FOR_UNIQUE) {
            if (looksLikeProse(levels)) {
                return text(name, acc, ColumnType.TEXT, "All " + count(present) + " values are different sentences:"
                        + " free text, not used as a feature by default");
            }
            return text(name, acc, ColumnType.IDENTIFIER, "Every one of the " + count(present) + " values is different:"
                    + " looks like an ID, not used as a feature by default");
        }
        if (distinct > MIN_ROWS_FOR_UNIQUE && distinct > 0.5 * present) {
            return text(name, acc, ColumnType.TEXT, count(distinct) + " distinct values among " + count(present) + " ("
                    + percent(distinct, present) + "): free text rather than labels, not used as a feature by default");
        }
        return text(name, acc, ColumnType.CATEGORICAL, count(distinct) + " distinct labels among " + count(present)
                + " values");
    }

    private static Column numeric(String name, ColumnAccumulator acc, ColumnConverter.Converted c, int present) {
        NumericStats stats = NumericStats.of(c.values());
        int missing = c.values().length - stats.values();
        String share = c.failures() == 0 ? "All " + count(present) + " values are "
                : percent(present - c.failures(), present) + " of " + count(present) + " values are ";
        String tail = infinitySuffix(stats.infinities()) + missingSuffix(acc) + failureSuffix(c.failures(), c.example(), "a number");
        if (stats.finite() > 0 && stats.min() == stats.max() && stats.infinities() == 0) {
            return new NumericColumn(name, ColumnType.CONSTANT, "Every value is "
                    + ValueFormatter.formatNumber(stats.min()) + tail, c.values(), null, missing);
        }
        if (stats.zeroOneOnly()) {
            return new NumericColumn(name, ColumnType.BOOLEAN, share + "0 or 1: read as boolean (1 = true); set the type"
                    + " to integer if these are counts" + tail, c.values(), "1|0", missing);
        }
        if (stats.allIntegers() && stats.infinities() == 0) {
            if (present >= MIN_ROWS_FOR_UNIQUE && looksLikeRowId(name, c.values(), stats)) {
                ColumnConverter.Dictionary d = ColumnConverter.toDictionary(acc);
                return new CategoricalColumn(name, ColumnType.IDENTIFIER, "Every one of the " + count(present)
                        + " values is a different whole number, like a row number or ID: not used as a feature by "
                        + "default" + tail, d.codes(), d.levels(), missingIn(d.codes()));
            }
            return new NumericColumn(name, ColumnType.INTEGER, share + "whole numbers" + tail, c.values(), null,
                    missing);
        }
        return new NumericColumn(name, ColumnType.NUMERIC, share + "numbers" + tail, c.values(), null, missing);
    }

    private static Column dates(String name, ColumnAccumulator acc, int present) {
        List<String> sample = new ArrayList<>();
        for (String level : acc.levels()) {
            if (DateParser.plausible(level)) {
                sample.add(level);
            }
            if (sample.size() == 50) {
                break;
            }
        }
        if (sample.size() < Math.min(acc.levels().size(), 50) * DATE_SHARE) {
            return null;
        }
        String pattern = DateParser.detectPattern(sample);
        if (pattern == null) {
            return null;
        }
        var c = ColumnConverter.toDates(acc, pattern);
        if (present - c.failures() < DATE_SHARE * present) {
            return null;
        }
        String share = c.failures() == 0 ? "All " + count(present) : percent(present - c.failures(), present) + " of "
                + count(present);
        return new NumericColumn(name, ColumnType.DATETIME, share + " values are dates like '" + sample.get(0)
                + "' (" + pattern + ")" + missingSuffix(acc) + failureSuffix(c.failures(), c.example(), "a date"),
                c.values(), pattern, missingIn(c.values()));
    }

    private static boolean isBoolean(List<String> levels) {
        boolean sawTrue = false;
        boolean sawFalse = false;
        for (String level : levels) {
            String lower = level.toLowerCase(Locale.ROOT);
            if (ColumnConverter.TRUE_TOKENS.contains(lower)) {
                sawTrue = true;
            } else if (ColumnConverter.FALSE_TOKENS.contains(lower)) {
                sawFalse = true;
            } else {
                return false;
            }
        }
        return sawTrue && sawFalse;
    }

    /** Unique whole numbers are an ID when they count up without gaps, or when the column is named like one. */
    private static boolean looksLikeRowId(String name, double[] values, NumericStats stats) {
        boolean consecutive = stats.max() - stats.min() + 1 == stats.values();
        if (!consecutive && !ID_NAME.matcher(name.trim()).matches() && !name.endsWith("Id") && !name.endsWith("ID")) {
            return false;
        }
        return DistinctCounter.count(values) == stats.values();
    }

    private static boolean looksLikeProse(List<String> levels) {
        long withSpace = levels.stream().filter(s -> s.indexOf(' ') > 0).count();
        double meanLength = levels.stream().mapToInt(String::length).average().orElse(0);
        return meanLength > 30 || withSpace > levels.size() / 2;
    }

    private static Column text(String name, ColumnAccumulator acc, ColumnType type, String reason) {
        ColumnConverter.Dictionary d = ColumnConverter.toDictionary(acc);
        return new CategoricalColumn(name, type, reason + missingSuffix(acc), d.codes(), d.levels(), acc.missing());
    }

    static int missingIn(int[] codes) {
        int missing = 0;
        for (int code : codes) {
            if (code < 0) {
                missing++;
            }
        }
        return missing;
    }

    static int missingIn(double[] values) {
        int missing = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                missing++;
            }
        }
        return missing;
    }
}
