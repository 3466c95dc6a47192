package org.maydan.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.maydan.system.BadRequestException;

/**
 * Event dates from {@code start} to {@code end}, both inclusive; either end may be open.
 *
 * @param start first day included, or {@code null} for no lower bound
 * @param end last day included, or {@code null} for no upper bound
 */
public record TimeWindow(@Nullable LocalDate start, @Nullable LocalDate end) {

    /** Query parameter of the first day. */
    public static final String START = "start";
    /** Query parameter of the last day. */
    public static final String END = "end";
    /** No bounds at all. */
    public static final TimeWindow ALWAYS = new TimeWindow(null, null);

    public TimeWindow {
        if (start != null && end != null && start.isAfter(end)) {
            throw new BadRequestException(START, "start " + start + " is after end " + end);
        }
    }

    /** Reads ISO dates ({@code 2019-05-01}); {@code null} or blank leaves that end open. */
    public static TimeWindow parse(@Nullable String start, @Nullable String end) {
        return new TimeWindow(date(START, start), date(END, end));
    }

    /** Whether the day lies in the window. */
    public boolean contains(LocalDate day) {
        return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
    }

    private static @Nullable LocalDate date(String parameter, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(parameter,
                    parameter + " must be an ISO date like 2019-05-01; got '" + text + "'");
        }
    }
}
