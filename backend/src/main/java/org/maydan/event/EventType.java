package org.maydan.event;

/** ACLED's event types (codebook field {@code event_type}); each {@link SubEventType} maps to one. */
public enum EventType {
    BATTLES("Battles"),
    EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence"),
    VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"),
    STRATEGIC_DEVELOPMENTS("Strategic developments");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    /** The ACLED wording, as stored and served. */
    public String label() {
        return label;
    }
}
