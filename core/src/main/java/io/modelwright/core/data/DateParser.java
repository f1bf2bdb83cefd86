package io.modelwright.core.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

/**
 * Recognises dates and date-times in the formats people put in spreadsheets, and turns them into seconds since
 * 1970-01-01T00:00Z (times without an offset are taken as UTC). Patterns are tried on distinct values only, so
 * the cost of a failed parse is paid once per distinct text, not once per row.
 */
final class DateParser {
    /** Order matters on ties: month-first before day-first, as US exports are the most common. */
    static final List<String> PATTERNS = List.of(
            "uuuu-MM-dd", "uuuu-MM-dd'T'HH:mm:ss", "uuuu-MM-dd HH:mm:ss", "uuuu-MM-dd'T'HH:mm", "uuuu-MM-dd HH:mm",
            "uuuu-MM-dd'T'HH:mm:ssXXX", "uuuu-MM-dd'T'HH:mm:ss.SSS", "uuuu-MM-dd'T'HH:mm:ss.SSSXXX",
            "uuuu/MM/dd", "M/d/uuuu", "d/M/uuuu", "M/d/uuuu H:mm", "d.M.uuuu", "MMM d uuuu", "MMM d, uuuu",
            "d MMM uuuu", "d-MMM-uuuu", "MMMM d, uuuu", "d MMMM uuuu");

    private static final List<DateTimeFormatter> FORMATTERS = PATTERNS.stream()
            .map(p -> new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p)
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT))
            .toList();

    private DateParser() {
    }

    /** @return a formatter for a pattern from {@link #PATTERNS} (or any other pattern) */
    static DateTimeFormatter formatter(String pattern) {
        int i = PATTERNS.indexOf(pattern);
        if (i >= 0) {
            return FORMATTERS.get(i);
        }
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    /** @return true when {@code s} could be a date at all (cheap filter before exceptions) */
    static boolean plausible(String s) {
        int n = s.length();
        if (n < 6 || n > 35) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            }
        }
        return digits >= 4;
    }

    /**
     * @return the pattern that parses the most of {@code samples}, or null when none parses at least 90% of them
     */
    static String detectPattern(List<String> samples) {
        String best = null;
        int bestHits = 0;
        for (String pattern : PATTERNS) {
            DateTimeFormatter f = formatter(pattern);
            int hits = 0;
            for (String s : samples) {
                if (!Double.isNaN(toEpochSeconds(s, f))) {
                    hits++;
                }
            }
            if (hits > bestHits) {
                best = pattern;
                bestHits = hits;
            }
        }
        return bestHits > 0 && bestHits >= 0.9 * samples.size() ? best : null;
    }

    /** @return seconds since the epoch (UTC), or NaN when {@code s} does not match the formatter */
    static double toEpochSeconds(String s, DateTimeFormatter formatter) {
        if (!plausible(s)) {
            return Double.NaN;
        }
        try {
            TemporalAccessor t = formatter.parseBest(s, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
            if (t instanceof OffsetDateTime odt) {
                return odt.toEpochSecond();
            }
            if (t instanceof LocalDateTime ldt) {
                return ldt.toEpochSecond(ZoneOffset.UTC);
            }
            return ((LocalDate) t).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return Double.NaN;
        }
    }
}
