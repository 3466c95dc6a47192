package org.maydan.ingest;

import org.jspecify.annotations.Nullable;
import org.maydan.event.EventStore;
import org.maydan.event.Evidence;
import org.maydan.event.NewEvent;
import org.maydan.event.Span;

/**
 * One event the pipeline found in a text, before the article has a stored id.
 *
 * @param event what, where and when
 * @param sentence the sentence reporting it
 * @param sentenceSpan the sentence in the text
 * @param placeSpan the place mention in the text
 * @param triggerSpan the words naming the event, if marked
 * @param fatalities the figure this text gives, or {@code null}
 */
record Finding(NewEvent event, String sentence, Span sentenceSpan, Span placeSpan, @Nullable Span triggerSpan,
        @Nullable Integer fatalities) {

    /** The finding as the stored article's report. */
    EventStore.Report report(long articleId) {
        return new EventStore.Report(event, new Evidence(articleId, sentence, sentenceSpan, placeSpan, triggerSpan,
                fatalities));
    }
}
