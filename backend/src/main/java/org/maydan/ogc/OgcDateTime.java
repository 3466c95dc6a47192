package org.maydan.ogc;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.maydan.event.TimeWindow;
import org.maydan.system.BadRequestException;

/**
 * The OGC {@code datetime} parameter as the days it selects. Events are dated by day, so a day is
 * selected when it meets the instant or the closed interval: {@code 2019-05-06},
 * {@code 2019-05-06T10:00:00Z}, {@code 2019-05-01/2019-05-31}, {@code 2019-05-01T00:00:00Z/..},
 * {@code ../2019-05-31} (an empty end is open too). Date-times are read as UTC days.
 */
final class OgcDateTime {

    /** Query parameter of the time filter. */
    static final String PARAMETER = "datetime";
    private static final String OPEN = "..";
    private static final char INTERVAL = '/';

    private OgcDateTime() {
    }

    static TimeWindow parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return TimeWindow.ALWAYS;
        }
        String value = text.strip();
        int split = value.indexOf(INTERVAL);
        if (split < 0) {
            LocalDate day = day(value);
            if (day == null) {
                throw bad(text);
            }
            return new TimeWindow(day, day);
        }
        LocalDate start = day(value.substring(0, split));
        LocalDate end = day(value.substring(split + 1));
        if (start != null && end != null && start.isAfter(end)) {
            throw new BadRequestException(PARAMETER, "datetime starts after it ends: '" + text + "'");
        }
        return new TimeWindow(start, end);
    }

    /** The UTC day of a date or date-time, {@code null} for an open end. */
    private static @Nullable LocalDate day(String bound) {
        String b = bound.strip();
        if (b.isEmpty() || b.equals(OPEN)) {
            return null;
        }
        try {
            return b.indexOf('T') < 0 && b.indexOf('t') < 0 ? LocalDate.parse(b)
                    : OffsetDateTime.parse(b.toUpperCase(Locale.ROOT)).withOffsetSameInstant(ZoneOffset.UTC)
                            .toLocalDate();
        } catch (DateTimeParseException e) {
            throw bad(bound);
        }
    }

    private static BadRequestException bad(String text) {
        return new BadRequestException(PARAMETER, "datetime must be an RFC 3339 date or date-time, or an interval"
                + " of two separated by '/' with '..' for an open end; got '" + text + "'");
    }
}
