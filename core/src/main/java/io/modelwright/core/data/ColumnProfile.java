package io.modelwright.core.data;

import java.util.List;

/**
 * Summary of one column, ready to show and draw.
 *
 * @param count         rows with a value
 * @param missing       rows without a value
 * @param distinct      distinct values
 * @param min           smallest value (numeric-stored columns), else NaN
 * @param max           largest value, else NaN
 * @param mean          mean, else NaN
 * @param std           standard deviation (sample), else NaN
 * @param topCategories most frequent values with counts, most frequent first (categorical-stored columns)
 * @param histogram     bins for numeric-stored columns (empty otherwise)
 */
public record ColumnProfile(int count, int missing, int distinct, double min, double max, double mean, double std,
                            List<CategoryCount> topCategories, List<HistogramBin> histogram) {

    /** A value and how many rows have it. */
    public record CategoryCount(String value, int count) {
    }

    /** Rows with a value in [from, to) (the last bin includes its upper edge). */
    public record HistogramBin(double from, double to, int count) {
    }
}
