package io.modelwright.desktop.data;

import io.modelwright.core.data.Column;

import java.util.Locale;

/**
 * One line of the column list on the Data screen.
 *
 * @param name    the column name
 * @param type    the type import chose ("numeric", "categorical", ...)
 * @param missing the share of missing values, as text ("0%", "12.5%", "&lt;0.1%")
 * @param reason  why the type was chosen, shown on hover
 */
public record ColumnSummary(String name, String type, String missing, String reason) {

    static ColumnSummary of(Column column, int rowCount) {
        return new ColumnSummary(column.name(), column.type().id(),
                missingText(column.missingCount(), rowCount),
                column.reason() == null ? "" : column.reason());
    }

    static String missingText(int missing, int rowCount) {
        if (missing == 0 || rowCount == 0) {
            return "0%";
        }
        double percent = 100.0 * missing / rowCount;
        if (percent < 0.1) {
            return "<0.1%";
        }
        if (percent == Math.rint(percent)) {
            return String.format(Locale.ROOT, "%.0f%%", percent);
        }
        return String.format(Locale.ROOT, "%.1f%%", percent);
    }
}
