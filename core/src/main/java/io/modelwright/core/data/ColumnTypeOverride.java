package io.modelwright.core.data;

import io.modelwright.runtime.schema.ColumnType;

import java.util.ArrayList;
import java.util.List;

import static io.modelwright.core.data.ColumnTypeInferrer.missingIn;
import static io.modelwright.core.data.TypeReasons.failureSuffix;
import static io.modelwright.core.data.TypeReasons.missingSuffix;

/**
 * Builds a column with the type the user chose instead of the inferred one. Values that do not fit the chosen
 * type become missing, and the reason says how many.
 */
final class ColumnTypeOverride {
    private ColumnTypeOverride() {
    }

    static Column apply(String name, ColumnAccumulator acc, ColumnType type) {
        String head = "Set to " + type.id() + " by you";
        switch (type) {
            case NUMERIC -> {
                var c = ColumnConverter.toNumbers(acc);
                return numeric(name, type, head, acc, c, "a number");
            }
            case INTEGER -> {
                var c = ColumnConverter.toIntegers(acc);
                return numeric(name, type, head, acc, c, "a whole number");
            }
            case BOOLEAN -> {
                var c = ColumnConverter.toBooleans(acc);
                return numeric(name, type, head + " ('" + c.format().replace("|", "' = true, '") + "' = false)", acc, c,
                        "true/false");
            }
            case DATETIME -> {
                var c = ColumnConverter.toDates(acc, acc.isNumeric() ? null : datePattern(acc));
                return numeric(name, type, head + " (" + c.format() + ")", acc, c, "a date");
            }
            case CONSTANT, EMPTY -> {
                if (acc.isNumeric()) {
                    return new NumericColumn(name, type, head + missingSuffix(acc), acc.numbers(), null, acc.missing());
                }
                return dictionary(name, type, head, acc);
            }
            default -> {
                return dictionary(name, type, head, acc);
            }
        }
    }

    private static Column numeric(String name, ColumnType type, String head, ColumnAccumulator acc,
                                  ColumnConverter.Converted c, String what) {
        return new NumericColumn(name, type, head + missingSuffix(acc) + failureSuffix(c.failures(), c.example(), what),
                c.values(), c.format(), missingIn(c.values()));
    }

    private static Column dictionary(String name, ColumnType type, String head, ColumnAccumulator acc) {
        String reason = head + missingSuffix(acc);
        ColumnConverter.Dictionary d = ColumnConverter.toDictionary(acc);
        return new CategoricalColumn(name, type, reason, d.codes(), d.levels(), missingIn(d.codes()));
    }

    /** The pattern that reads most of the first distinct values; ISO dates when none fits (all become missing). */
    private static String datePattern(ColumnAccumulator acc) {
        List<String> sample = new ArrayList<>();
        for (String level : acc.levels()) {
            sample.add(level);
            if (sample.size() == 50) {
                break;
            }
        }
        String best = null;
        int bestHits = 0;
        for (String pattern : DateParser.PATTERNS) {
            var f = DateParser.formatter(pattern);
            int hits = (int) sample.stream().filter(s -> !Double.isNaN(DateParser.toEpochSeconds(s, f))).count();
            if (hits > bestHits) {
                best = pattern;
                bestHits = hits;
            }
        }
        return best == null ? DateParser.PATTERNS.get(0) : best;
    }
}
