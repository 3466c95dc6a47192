package org.maydan.event;

import org.jspecify.annotations.Nullable;

/**
 * How far the sources of a merged event agree: how many articles report it and the spread of the
 * fatality figures they give. The event's own {@code fatalities} is the agreed figure, or the
 * highest when they disagree; each source's figure stays in its evidence.
 *
 * @param sourceCount distinct articles with evidence for the event
 * @param fatalitiesMin the lowest figure a source gives, or {@code null} if none gives one
 * @param fatalitiesMax the highest figure a source gives, or {@code null} if none gives one
 * @param fatalitiesDisputed whether two sources give different figures
 */
public record Corroboration(int sourceCount, @Nullable Integer fatalitiesMin, @Nullable Integer fatalitiesMax,
        boolean fatalitiesDisputed) {

    /** What one source alone says: its figure, undisputed. */
    public static Corroboration single(@Nullable Integer fatalities) {
        return new Corroboration(1, fatalities, fatalities, false);
    }
}
