package org.maydan.evaluate;

/**
 * Which fields must agree for a predicted event to match a gold event. The location must always
 * be covered by the gold event's place; {@link #STRICT} is the score, the others the relaxed ones.
 */
public enum EventRule {
    STRICT("events", true, true),
    ANY_DATE("events, any date", true, false),
    ANY_TYPE("events, any type", false, true);

    private final String label;
    private final boolean typeMustMatch;
    private final boolean dateMustMatch;

    EventRule(String label, boolean typeMustMatch, boolean dateMustMatch) {
        this.label = label;
        this.typeMustMatch = typeMustMatch;
        this.dateMustMatch = dateMustMatch;
    }

    public String label() {
        return label;
    }

    boolean typeMustMatch() {
        return typeMustMatch;
    }

    boolean dateMustMatch() {
        return dateMustMatch;
    }
}
