package org.maydan.event;

import java.time.LocalDate;

/**
 * How many events of one sub-event type happened on one day.
 *
 * @param date the day
 * @param type the sub-event type
 * @param count the number of events
 */
public record DayCount(LocalDate date, SubEventType type, long count) {}
