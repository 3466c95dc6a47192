package org.maydan.tile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.maydan.event.TimeWindow;

/**
 * A piece of a date window that tiles read from one source: whole years or whole months from
 * {@code event_place_period}, or the leftover days from {@code event}. A window is cut into whole
 * years, then whole months at each end, then days: 2019-04-15..2020-06-20 reads April 15-30 and
 * June 1-20 from events, May-December 2019 and January-May 2020 as months, nothing as years.
 *
 * @param period {@link Period#ALL} (no window at all), {@link Period#YEAR} or {@link Period#MONTH}, or
 *        {@code null} for days
 * @param from first day (period start) included, {@code null} for no lower bound
 * @param until first day (period start) excluded, {@code null} for no upper bound
 */
record WindowPart(@Nullable Period period, @Nullable LocalDate from, @Nullable LocalDate until) {

    static List<WindowPart> split(TimeWindow window) {
        LocalDate start = window.start();
        LocalDate end = window.end() == null ? null : window.end().plusDays(1);
        List<WindowPart> parts = new ArrayList<>();
        if (start == null && end == null) {
            parts.add(new WindowPart(Period.ALL, null, null));
            return parts;
        }
        LocalDate yearsFrom = start == null ? null : up(Period.YEAR, start);
        LocalDate yearsUntil = end == null ? null : Period.YEAR.start(end);
        if (yearsFrom == null || yearsUntil == null || yearsFrom.isBefore(yearsUntil)) {
            parts.add(new WindowPart(Period.YEAR, yearsFrom, yearsUntil));
            if (start != null) {
                months(start, yearsFrom, parts);
            }
            if (end != null) {
                months(yearsUntil, end, parts);
            }
        } else {
            months(start, end, parts);
        }
        return parts;
    }

    /** Whole months of {@code [from, until)} and the days around them. */
    private static void months(LocalDate from, LocalDate until, List<WindowPart> parts) {
        if (!from.isBefore(until)) {
            return;
        }
        LocalDate monthsFrom = up(Period.MONTH, from);
        LocalDate monthsUntil = Period.MONTH.start(until);
        if (monthsFrom.isBefore(monthsUntil)) {
            parts.add(new WindowPart(Period.MONTH, monthsFrom, monthsUntil));
            days(from, monthsFrom, parts);
            days(monthsUntil, until, parts);
        } else {
            days(from, until, parts);
        }
    }

    private static void days(LocalDate from, LocalDate until, List<WindowPart> parts) {
        if (from.isBefore(until)) {
            parts.add(new WindowPart(null, from, until));
        }
    }

    /** The first period start on or after {@code day}. */
    private static LocalDate up(Period period, LocalDate day) {
        LocalDate start = period.start(day);
        return start.equals(day) ? day : period.next(start);
    }
}
