package org.maydan.load;

/** What a simulated client asks for, with its share of a client's requests. */
enum LoadKind {
    /** A page of 100 events in a box and a month, full properties. */
    EVENT_PAGE("event page", 30),
    /** The same with compact properties, as the map draws markers. */
    COMPACT_PAGE("compact page", 10),
    /** Daily counts without a box (from the daily-count table). */
    TIMELINE("timeline", 15),
    /** Daily counts in a box (counted from the events). */
    TIMELINE_IN_BOX("timeline in box", 5),
    /** A gazetteer search by an Arabic or Latin name. */
    PLACE_SEARCH("place search", 15),
    /** One event with each source's evidence. */
    EVENT_DETAILS("event details", 15),
    /** An authenticated article: a new one, or now and then one sent before. */
    INGEST("ingest", 10),
    /** A CSV export of the whole store; only sent by the extra export clients. */
    EXPORT("export", 0);

    private final String label;
    private final int weight;

    LoadKind(String label, int weight) {
        this.label = label;
        this.weight = weight;
    }

    String label() {
        return label;
    }

    int weight() {
        return weight;
    }
}
