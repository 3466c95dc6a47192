package org.maydan.gazetteer;

import java.util.List;

/**
 * What a caller knows about where a text is set, used to choose among homonyms: P-codes of
 * administrative units mentioned nearby (any level, e.g. {@code SY07} or {@code SY0703}) and points
 * of places already resolved in the same text.
 */
public record RankingContext(List<String> adminPcodes, List<GeoPoint> nearby) {

    /** No context: ranking falls back to kind and population. */
    public static final RankingContext NONE = new RankingContext(List.of(), List.of());

    /** Copies the lists. */
    public RankingContext {
        adminPcodes = List.copyOf(adminPcodes);
        nearby = List.copyOf(nearby);
    }

    /** Context from admin P-codes only. */
    public static RankingContext inAdmin(String... pcodes) {
        return new RankingContext(List.of(pcodes), List.of());
    }
}
