package org.maydan.event;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.maydan.system.BadRequestException;

/**
 * The sub-event types a request asks for; empty means all of them.
 *
 * @param types the accepted sub-event types, or an empty set for no restriction
 */
public record EventTypeFilter(Set<SubEventType> types) {

    /** Query parameter, repeatable: {@code type=Armed clash&type=Air/drone strike}. */
    public static final String PARAMETER = "type";
    /** No restriction. */
    public static final EventTypeFilter ALL = new EventTypeFilter(Set.of());

    public EventTypeFilter {
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
    }

    /** Reads ACLED sub-event type labels; unknown labels are refused with the list of known ones. */
    public static EventTypeFilter parse(@Nullable Collection<String> labels) {
        if (labels == null || labels.isEmpty()) {
            return ALL;
        }
        Set<SubEventType> types = EnumSet.noneOf(SubEventType.class);
        for (String label : labels) {
            types.add(SubEventType.fromLabel(label).orElseThrow(() -> new BadRequestException(PARAMETER,
                    "unknown type '" + label + "'; known: " + String.join(", ", SubEventType.labels()))));
        }
        return new EventTypeFilter(types);
    }

    /** Whether events of this type pass the filter. */
    public boolean accepts(SubEventType type) {
        return types.isEmpty() || types.contains(type);
    }

    /** The labels of the accepted types, sorted, for SQL parameters. */
    public List<String> labels() {
        return types.stream().map(SubEventType::label).sorted().toList();
    }
}
