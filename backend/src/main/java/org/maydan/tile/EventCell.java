package org.maydan.tile;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.maydan.event.SubEventType;

/**
 * The events of one sub-event type in one cell of a zoom's grid: how many, their fatalities, where
 * they are on average and, for a single event, which it is.
 *
 * @param column grid column ({@code floor(world x / cell size)} at the query's zoom)
 * @param row grid row
 * @param type the sub-event type
 * @param count events of the type in the cell
 * @param fatalities the sum of their fatality figures (events without one count 0)
 * @param lon mean longitude of the events
 * @param lat mean latitude of the events
 * @param id the event's id when {@code count} is 1
 * @param eventDate the event's day when {@code count} is 1
 */
record EventCell(long column, long row, SubEventType type, long count, long fatalities, double lon, double lat,
        @Nullable Long id, @Nullable LocalDate eventDate) {}
