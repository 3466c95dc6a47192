package org.maydan.event;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One source's evidence for an event, with the article it comes from, as shown to readers.
 *
 * @param articleId the article
 * @param source the article's publisher
 * @param title the article's title, if it has one
 * @param url the article's address, if it has one
 * @param published the article's date, if known
 * @param sentence the sentence that reports the event
 * @param sentenceSpan the sentence in the article text
 * @param placeSpan the place mention in the article text
 * @param triggerSpan the trigger word in the article text, if marked
 * @param fatalities deaths this source reports, or {@code null}
 */
public record SourceEvidence(long articleId, String source, @Nullable String title, @Nullable String url,
        @Nullable LocalDate published, String sentence, Span sentenceSpan, Span placeSpan,
        @Nullable Span triggerSpan, @Nullable Integer fatalities) {}
