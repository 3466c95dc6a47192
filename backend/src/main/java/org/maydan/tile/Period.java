package org.maydan.tile;

import java.time.LocalDate;

/** The periods {@code event_place_period} counts events by, with their code in the table. */
enum Period {
    YEAR("Y"), MONTH("M");

    final String code;

    Period(String code) {
        this.code = code;
    }

    /** The first day of the period holding {@code day}. */
    LocalDate start(LocalDate day) {
        return this == YEAR ? day.withDayOfYear(1) : day.withDayOfMonth(1);
    }

    /** The first day of the next period. */
    LocalDate next(LocalDate start) {
        return this == YEAR ? start.plusYears(1) : start.plusMonths(1);
    }
}
