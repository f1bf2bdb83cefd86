package io.modelwright.core.data;

import io.modelwright.runtime.schema.ColumnType;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Turns stored numbers back into the text a person expects to see in a table cell. */
final class ValueFormatter {
    private ValueFormatter() {
    }

    static String format(NumericColumn column, int row) {
        double v = column.value(row);
        if (Double.isNaN(v)) {
            return "";
        }
        ColumnType type = column.type();
        if (type == ColumnType.BOOLEAN && column.format() != null) {
            // "trueToken|falseToken"; indexOf, not split: this runs for every cell of a million-row column.
            String format = column.format();
            int bar = format.indexOf('|');
            return bar < 0 ? format : v != 0 ? format.substring(0, bar) : format.substring(bar + 1);
        }
        if (type == ColumnType.DATETIME && column.format() != null) {
            Instant instant = Instant.ofEpochSecond((long) Math.floor(v));
            try {
                return DateTimeFormatter.ofPattern(column.format()).withZone(ZoneOffset.UTC).format(instant);
            } catch (RuntimeException e) {
                return instant.toString();
            }
        }
        return formatNumber(v);
    }

    /** Shortest text that reads back as the same double; whole numbers without ".0". */
    static String formatNumber(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
