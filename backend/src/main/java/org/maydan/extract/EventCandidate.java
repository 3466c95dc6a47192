package org.maydan.extract;

import org.jspecify.annotations.Nullable;
import org.maydan.event.SubEventType;
import org.maydan.gazetteer.text.Sentence;

/**
 * An event of one sentence, before the article-level merges ({@link ArticleMerge}): its type,
 * place, date and figure, its evidence sentence and trigger span (char offsets), and whether its
 * place was taken from context rather than named with the trigger.
 */
record EventCandidate(SubEventType type, PlaceMention mention, EventDate when, @Nullable Integer fatalities,
        Sentence sentence, int triggerStart, int triggerEnd, boolean inferredPlace) {
}
