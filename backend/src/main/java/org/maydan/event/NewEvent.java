package org.maydan.event;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An event as one source reports it, before it is stored. Its natural key is
 * {@code (subEventType, place.ref, eventDate)}: reports of the same key are one event.
 *
 * @param subEventType what happened
 * @param place where
 * @param eventDate when
 * @param timePrecision ACLED time precision: 1 the day is known, 2 the week, 3 the month
 * @param geoPrecision ACLED geo precision: 1 the town, 2 near it or a part of a region, 3 a region
 * @param confidence how much this source's report is trusted, 0..1, or {@code null} where none was
 *        computed (reports made before extraction scored them)
 * @param dateApproximate the source leaves the time open: {@code eventDate} is only the latest
 *        possible day
 */
public record NewEvent(SubEventType subEventType, EventPlace place, LocalDate eventDate, int timePrecision,
        int geoPrecision, @Nullable Double confidence, boolean dateApproximate) {

    /** ACLED's finest precision, used for both time and place. */
    public static final int EXACT = 1;
    /** ACLED's coarsest precision. */
    public static final int COARSEST = 3;

    public NewEvent {
        if (timePrecision < EXACT || timePrecision > COARSEST || geoPrecision < EXACT || geoPrecision > COARSEST) {
            throw new IllegalArgumentException("precisions must be 1..3: time " + timePrecision
                    + ", geo " + geoPrecision);
        }
        if (confidence != null && !(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be 0..1: " + confidence);
        }
    }

    /** A report without a confidence, dated as written. */
    public NewEvent(SubEventType subEventType, EventPlace place, LocalDate eventDate, int timePrecision,
            int geoPrecision) {
        this(subEventType, place, eventDate, timePrecision, geoPrecision, null, false);
    }
}
