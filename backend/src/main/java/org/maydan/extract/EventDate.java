package org.maydan.extract;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * When an event happened: the day ({@code null} when there is no publication day to fall back on),
 * ACLED's time precision (1 day, 2 week, 3 month), whether the text wrote it ({@code explicit}) or
 * it was inferred from the article (its first written day, a quoted tweet's day), and whether it is
 * only the latest possible day ({@code approximate}): the text leaves the time open (no time word,
 * مؤخرا, background) and the day is the publication day at a coarser precision.
 */
record EventDate(@Nullable LocalDate date, int precision, boolean explicit, boolean approximate) {

    /** A day written in the text or inferred from it, not approximate. */
    EventDate(@Nullable LocalDate date, int precision, boolean explicit) {
        this(date, precision, explicit, false);
    }

    /** The publication day as the latest possible day, at {@code precision}. */
    static EventDate latest(@Nullable LocalDate published, int precision) {
        return new EventDate(published, precision, false, true);
    }
}
