package org.maydan.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Event counts per day, the wire form of {@code /api/timeline}: only days with events appear.
 *
 * @param days the days with at least one event, in date order
 */
public record Timeline(List<Day> days) {

    /**
     * One day.
     *
     * @param date the day
     * @param total events that day
     * @param counts events that day per ACLED sub-event type
     */
    public record Day(LocalDate date, long total, Map<String, Long> counts) {}

    /** Groups per-day, per-type counts (in date order) into days. */
    static Timeline of(List<DayCount> counts) {
        List<Day> days = new ArrayList<>();
        LocalDate current = null;
        Map<String, Long> byType = new LinkedHashMap<>();
        for (DayCount count : counts) {
            if (!count.date().equals(current)) {
                if (current != null) {
                    days.add(day(current, byType));
                }
                current = count.date();
                byType = new LinkedHashMap<>();
            }
            byType.merge(count.type().label(), count.count(), Long::sum);
        }
        if (current != null) {
            days.add(day(current, byType));
        }
        return new Timeline(List.copyOf(days));
    }

    private static Day day(LocalDate date, Map<String, Long> byType) {
        return new Day(date, byType.values().stream().mapToLong(Long::longValue).sum(), byType);
    }
}
