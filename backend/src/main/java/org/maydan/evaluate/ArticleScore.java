package org.maydan.evaluate;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The scores of one article.
 *
 * @param places place counts over gold places with coordinates
 * @param neutralPlaces predicted places naming a gold place without coordinates (not scored)
 * @param excludedGoldPlaces gold places without coordinates
 * @param events event counts per rule
 * @param eventsByType strict event counts per sub_event_type
 * @param neutralEvents predicted events at a gold place without coordinates (not scored)
 * @param excludedGoldEvents gold events whose place has no coordinates
 */
public record ArticleScore(String id, Counts places, int neutralPlaces, int excludedGoldPlaces,
        Map<EventRule, Counts> events, SortedMap<String, Counts> eventsByType, int neutralEvents,
        int excludedGoldEvents, List<Miss> misses) {

    public ArticleScore {
        events = Map.copyOf(events);
        eventsByType = new TreeMap<>(eventsByType);
        misses = List.copyOf(misses);
    }

    public Counts events(EventRule rule) {
        return events.getOrDefault(rule, Counts.ZERO);
    }
}
