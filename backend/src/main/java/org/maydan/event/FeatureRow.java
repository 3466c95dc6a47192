package org.maydan.event;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One event of a page as {@link FeatureCollectionWriter} writes it, read without making an
 * {@link Event}: text as UTF-8 bytes, which on PostgreSQL are the bytes the driver received (text
 * columns always arrive as text; dates and numbers may arrive in binary and are read as values),
 * so a page of thousands of features is neither decoded into strings nor encoded back. One instance is
 * refilled for every row of a page: it is valid only inside the callback that receives it.
 */
public final class FeatureRow {

    long id;
    LocalDate eventDate = LocalDate.EPOCH;
    int timePrecision;
    SubEventType subEventType = SubEventType.OTHER;
    byte[] placeRef = new byte[0];
    byte[] location = new byte[0];
    byte[] locationAr = new byte[0];
    byte @Nullable [] admin1;
    byte @Nullable [] admin2;
    double longitude;
    double latitude;
    int geoPrecision;
    @Nullable Integer fatalities;
    byte[] notes = new byte[0];
    byte[] source = new byte[0];
    @Nullable Integer fatalitiesMin;
    @Nullable Integer fatalitiesMax;
    boolean fatalitiesDisputed;
    int sourceCount;
    @Nullable Double confidence;
    boolean dateApproximate;

    /** Fills this row from an event, for stores that hold events rather than rows. */
    FeatureRow fill(Event event) {
        EventPlace place = event.place();
        Corroboration c = event.corroboration();
        id = event.id();
        eventDate = event.eventDate();
        timePrecision = event.timePrecision();
        subEventType = event.subEventType();
        placeRef = utf8(place.ref());
        location = utf8(place.name());
        locationAr = utf8(place.nameAr());
        admin1 = place.admin1() == null ? null : utf8(place.admin1());
        admin2 = place.admin2() == null ? null : utf8(place.admin2());
        longitude = event.longitude();
        latitude = event.latitude();
        geoPrecision = event.geoPrecision();
        fatalities = event.fatalities();
        notes = utf8(event.notes());
        source = utf8(event.source());
        fatalitiesMin = c.fatalitiesMin();
        fatalitiesMax = c.fatalitiesMax();
        fatalitiesDisputed = c.fatalitiesDisputed();
        sourceCount = c.sourceCount();
        confidence = event.confidence();
        dateApproximate = event.dateApproximate();
        return this;
    }

    /**
     * Where a page continues after this row, made only when asked for: the values are captured,
     * not the row, which is refilled for the next one.
     */
    Supplier<PageCursor> cursor() {
        LocalDate day = eventDate;
        long after = id;
        return () -> new PageCursor(day, after);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
