package org.maydan.event;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sub-event types Maydan extracts (ACLED field {@code sub_event_type}) and the one table that
 * maps each to its ACLED {@link EventType}. The labels are the exact strings stored, served and
 * accepted by the {@code type} filter; extraction emits them verbatim.
 */
public enum SubEventType {
    AIR_DRONE_STRIKE("Air/drone strike", EventType.EXPLOSIONS_REMOTE_VIOLENCE),
    SHELLING_ARTILLERY_MISSILE("Shelling/artillery/missile attack", EventType.EXPLOSIONS_REMOTE_VIOLENCE),
    REMOTE_EXPLOSIVE("Remote explosive/landmine/IED", EventType.EXPLOSIONS_REMOTE_VIOLENCE),
    CHEMICAL_WEAPON("Chemical weapon", EventType.EXPLOSIONS_REMOTE_VIOLENCE),
    ARMED_CLASH("Armed clash", EventType.BATTLES),
    GOVERNMENT_REGAINS_TERRITORY("Government regains territory", EventType.BATTLES),
    NON_STATE_ACTOR_OVERTAKES_TERRITORY("Non-state actor overtakes territory", EventType.BATTLES),
    ATTACK("Attack", EventType.VIOLENCE_AGAINST_CIVILIANS),
    AGREEMENT("Agreement", EventType.STRATEGIC_DEVELOPMENTS),
    DISPLACEMENT("Displacement", EventType.STRATEGIC_DEVELOPMENTS),
    OTHER("Other", EventType.STRATEGIC_DEVELOPMENTS);

    /** Exact labels, for reading stored rows without a scan per row. */
    private static final Map<String, SubEventType> BY_LABEL =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(SubEventType::label, Function.identity()));

    private final String label;
    private final EventType eventType;

    SubEventType(String label, EventType eventType) {
        this.label = label;
        this.eventType = eventType;
    }

    /** The ACLED wording, e.g. {@code Air/drone strike}. */
    public String label() {
        return label;
    }

    /** The ACLED event type this sub-event type belongs to. */
    public EventType eventType() {
        return eventType;
    }

    /** The sub-event type with exactly this label (case-insensitive), if any. */
    public static Optional<SubEventType> fromLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equalsIgnoreCase(label.strip())).findFirst();
    }

    /** The sub-event type with exactly this label as stored, if any; the fast path of {@link #fromLabel}. */
    public static Optional<SubEventType> fromStoredLabel(String label) {
        SubEventType exact = BY_LABEL.get(label);
        return exact != null ? Optional.of(exact) : fromLabel(label);
    }

    /** All labels, in declaration order, for messages and documentation. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(SubEventType::label).toList();
    }
}
