package org.maydan.extract;

/** ACLED sub-event types the extractor emits, each with its ACLED event type. */
public enum SubEventType {
    AIR_DRONE_STRIKE("Air/drone strike", EventType.EXPLOSIONS),
    SHELLING("Shelling/artillery/missile attack", EventType.EXPLOSIONS),
    CHEMICAL_WEAPON("Chemical weapon", EventType.EXPLOSIONS),
    ARMED_CLASH("Armed clash", EventType.BATTLES),
    GOVERNMENT_REGAINS_TERRITORY("Government regains territory", EventType.BATTLES),
    NON_STATE_ACTOR_OVERTAKES_TERRITORY("Non-state actor overtakes territory", EventType.BATTLES),
    ATTACK("Attack", EventType.VIOLENCE_AGAINST_CIVILIANS),
    AGREEMENT("Agreement", EventType.STRATEGIC_DEVELOPMENTS),
    DISPLACEMENT("Displacement", EventType.STRATEGIC_DEVELOPMENTS),
    OTHER("Other", EventType.STRATEGIC_DEVELOPMENTS);

    /** ACLED event types. */
    public enum EventType {
        EXPLOSIONS("Explosions/Remote violence"),
        BATTLES("Battles"),
        VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"),
        STRATEGIC_DEVELOPMENTS("Strategic developments");

        private final String label;

        EventType(String label) {
            this.label = label;
        }

        /** The codebook spelling. */
        public String label() {
            return label;
        }
    }

    private final String label;
    private final EventType eventType;

    SubEventType(String label, EventType eventType) {
        this.label = label;
        this.eventType = eventType;
    }

    /** The codebook spelling, e.g. {@code Air/drone strike}. */
    public String label() {
        return label;
    }

    public EventType eventType() {
        return eventType;
    }

    /** True for types whose place is the area an announcement covers rather than a point of violence. */
    boolean strategic() {
        return eventType == EventType.STRATEGIC_DEVELOPMENTS;
    }
}
