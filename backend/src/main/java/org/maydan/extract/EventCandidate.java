package org.maydan.extract;

import org.jspecify.annotations.Nullable;
import org.maydan.event.SubEventType;
import org.maydan.gazetteer.text.Sentence;

/**
 * An event of one sentence, before the article-level merges ({@link ArticleMerge}): its type,
 * place, date and figure, its evidence sentence and trigger span (char offsets), whether its
 * place was taken from context rather than named with the trigger, its confidence
 * ({@link EventConfidence}), whether a headline reported it and whether its place only locates a
 * group of places the event struck or took (ثماني قرى في محيط مدينة X: {@link EventPlaces#locatesGroup}).
 */
record EventCandidate(SubEventType type, PlaceMention mention, EventDate when, @Nullable Integer fatalities,
        Sentence sentence, int triggerStart, int triggerEnd, boolean inferredPlace, double confidence,
        boolean headline, boolean locatesGroup) {

    /** The same event with another figure and confidence, as merges make it. */
    EventCandidate with(@Nullable Integer figure, double merged) {
        return new EventCandidate(type, mention, when, figure, sentence, triggerStart, triggerEnd, inferredPlace,
                merged, headline, locatesGroup);
    }

    /** The same event on another day, with another confidence. */
    EventCandidate on(EventDate day, double merged) {
        return new EventCandidate(type, mention, day, fatalities, sentence, triggerStart, triggerEnd, inferredPlace,
                merged, headline, locatesGroup);
    }
}
