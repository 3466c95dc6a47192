package org.maydan.extract;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.maydan.event.EventType;
import org.maydan.event.SubEventType;

/**
 * One event of an article: what happened where and when, with its evidence.
 *
 * @param date null when the text does not fix it and there is no publication day
 * @param timePrecision ACLED's: 1 day, 2 week, 3 month
 * @param fatalities null when the text gives no figure (or only injuries); 0 for "no casualties"
 * @param evidenceStart char offset of the evidence sentence in the article text
 * @param triggerStart char offset of the words that name the event
 * @param dateApproximate the text leaves the time open: {@code date} is only the latest possible
 *     day (the publication day), at {@code timePrecision} 2 or 3
 * @param confidence how much to trust the event, 0..1 ({@link EventConfidence})
 */
public record ExtractedEvent(SubEventType subEventType, ExtractedPlace place, @Nullable LocalDate date,
        int timePrecision, int geoPrecision, @Nullable Integer fatalities, String evidence,
        int evidenceStart, int evidenceEnd, int triggerStart, int triggerEnd, boolean dateApproximate,
        double confidence) {

    public EventType eventType() {
        return subEventType.eventType();
    }
}
