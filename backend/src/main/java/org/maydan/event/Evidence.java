package org.maydan.event;

import org.jspecify.annotations.Nullable;

/**
 * What one article says about an event: the sentence and where the place and the trigger word were
 * found, with the fatality figure this source gives.
 *
 * @param articleId the stored article
 * @param sentence the sentence's text
 * @param sentenceSpan the sentence in the article text
 * @param placeSpan the place mention in the article text
 * @param triggerSpan the word that names the event, if one was marked
 * @param fatalities deaths this source reports, or {@code null} if it gives no figure
 */
public record Evidence(long articleId, String sentence, Span sentenceSpan, Span placeSpan,
        @Nullable Span triggerSpan, @Nullable Integer fatalities) {}
