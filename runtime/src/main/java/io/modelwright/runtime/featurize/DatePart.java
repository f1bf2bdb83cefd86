package io.modelwright.runtime.featurize;

import java.time.LocalDateTime;

/** A part of a date that becomes its own numeric feature, so models can learn seasons and weekdays. */
public enum DatePart {
    YEAR("year"), MONTH("month"), DAY_OF_MONTH("day"), DAY_OF_WEEK("weekday"), HOUR("hour");

    private final String suffix;

    DatePart(String suffix) {
        this.suffix = suffix;
    }

    /** @return the feature-name suffix, e.g. {@code Year.month} */
    public String suffix() {
        return suffix;
    }

    /** @return this part of the given UTC date-time */
    public double of(LocalDateTime t) {
        return switch (this) {
            case YEAR -> t.getYear();
            case MONTH -> t.getMonthValue();
            case DAY_OF_MONTH -> t.getDayOfMonth();
            case DAY_OF_WEEK -> t.getDayOfWeek().getValue();
            case HOUR -> t.getHour();
        };
    }
}
