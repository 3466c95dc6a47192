package org.maydan.evaluate;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.GeoPoint;

/**
 * An event of the prediction contract. {@code point} is the event's own lat/lon or, when those are
 * absent, the position of the predicted place its {@code place} names.
 */
public record PredictedEvent(String subEventType, String place, @Nullable GeoPoint point, @Nullable LocalDate date) {
}
