package org.maydan.extract;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.maydan.event.SubEventType;

/**
 * What the sentences read so far leave for the next one: the instruments of the last strikes named
 * (a bare قصف takes them), the types and date of the last dated event group (a sentence with a
 * toll but no trigger elaborates it), the last town or village named (an anaphor such as البلدة may
 * refer to it) and the article's first written day (the default date of later events).
 *
 * @param lastGroup null when the sentence before dated no event
 */
record SentenceState(Set<SubEventType> instruments, @Nullable LastGroup lastGroup,
        @Nullable PlaceMention lastSpecific, @Nullable LocalDate leadDate) {

    /** The types and date of an event group. */
    record LastGroup(Set<SubEventType> types, EventDate when) {
    }

    /** Before the first sentence. */
    static final SentenceState START = new SentenceState(EnumSet.noneOf(SubEventType.class), null, null, null);
}
