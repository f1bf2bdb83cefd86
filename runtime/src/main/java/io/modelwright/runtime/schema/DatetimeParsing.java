package io.modelwright.runtime.schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads date text with a {@link DateTimeFormatter} pattern into seconds since 1970-01-01T00:00Z. Import, training
 * and the scorer all go through here, so a date means the same instant everywhere. Dates without a time are
 * midnight UTC; date-times without a zone are taken as UTC.
 */
public final class DatetimeParsing {
    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    private DatetimeParsing() {
    }

    /**
     * @param text    the date text (trimmed by the caller)
     * @param pattern a {@link DateTimeFormatter} pattern, read with English month names, case-insensitively
     * @return epoch seconds (UTC)
     * @throws DateTimeParseException when the text does not match the pattern
     */
    public static long toEpochSeconds(String text, String pattern) {
        TemporalAccessor t = formatter(pattern).parse(text);
        if (t.isSupported(ChronoField.INSTANT_SECONDS)) {
            return Instant.from(t).getEpochSecond();
        }
        if (t.isSupported(ChronoField.HOUR_OF_DAY)) {
            return LocalDateTime.from(t).toEpochSecond(ZoneOffset.UTC);
        }
        return LocalDate.from(t).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    }

    /** @return true when the text matches the pattern */
    public static boolean matches(String text, String pattern) {
        try {
            toEpochSeconds(text, pattern);
            return true;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * @return the cached, case-insensitive, English-locale formatter for a pattern
     * @throws IllegalArgumentException for an invalid pattern
     */
    public static DateTimeFormatter formatter(String pattern) {
        return FORMATTERS.computeIfAbsent(pattern, p -> new DateTimeFormatterBuilder()
                .parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH));
    }
}
