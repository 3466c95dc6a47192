package org.maydan.tile;

import java.time.LocalDate;

/** The periods {@code event_place_period} counts events by, with their code in the table. */
enum Period {
    ALL("A"), YEAR("Y"), MONTH("M");

    /** The start of all time in the table. */
    static final LocalDate ALL_START = LocalDate.of(1, 1, 1);
    /** The end (excluded) of all time when rows are counted again. */
    static final LocalDate ALL_UNTIL = LocalDate.of(9999, 12, 31);

    final String code;

    Period(String code) {
        this.code = code;
    }

    /** The first day of the period holding {@code day}. */
    LocalDate start(LocalDate day) {
        return switch (this) {
            case ALL -> ALL_START;
            case YEAR -> day.withDayOfYear(1);
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** The first day of the next period. */
    LocalDate next(LocalDate start) {
        return switch (this) {
            case ALL -> ALL_UNTIL;
            case YEAR -> start.plusYears(1);
            case MONTH -> start.plusMonths(1);
        };
    }
}
