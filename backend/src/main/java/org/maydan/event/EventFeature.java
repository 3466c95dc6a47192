package org.maydan.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event as an RFC 7946 GeoJSON Feature, the wire form of {@code /api/events}. Property names
 * are ACLED's ({@code event_date}, {@code sub_event_type}, ...), plus {@code location_ar} for the
 * Arabic place name and {@code place_ref} for the gazetteer's identifier.
 *
 * @param type always {@code Feature}
 * @param id the event id
 * @param geometry the event's point
 * @param properties the event's fields
 */
public record EventFeature(String type, long id, Point geometry, Properties properties) {

    static final String FEATURE = "Feature";

    /** The feature of an event; {@code evidence} is {@code null} in lists and filled for one event. */
    public static EventFeature of(Event event, @Nullable List<SourceEvidence> evidence) {
        EventPlace place = event.place();
        Corroboration c = event.corroboration();
        Properties properties = new Properties(event.id(), event.eventDate(), event.timePrecision(),
                event.subEventType().eventType().label(), event.subEventType().label(), place.name(),
                place.nameAr(), place.ref(), place.admin1(), place.admin2(), event.geoPrecision(),
                event.fatalities(), event.notes(), event.source(),
                evidence == null ? null : evidence.stream().map(EvidenceProperties::of).toList(),
                c.fatalitiesMin(), c.fatalitiesMax(), c.fatalitiesDisputed(), c.sourceCount(),
                sources(event.source()), event.confidence(), event.dateApproximate());
        return new EventFeature(FEATURE, event.id(), Point.of(event.longitude(), event.latitude()), properties);
    }

    /**
     * The distinct publishers of an event's {@code source}, as a list. Cut with {@code indexOf}:
     * {@code String.split} compiles a regular expression for a two-character separator, which
     * showed in the profile of a 5,000-feature page.
     */
    static List<String> sources(String joined) {
        if (joined.isEmpty()) {
            return List.of();
        }
        List<String> sources = new ArrayList<>(2);
        int from = 0;
        for (int at = joined.indexOf(JdbcEventStore.SOURCE_SEPARATOR); at >= 0;
                at = joined.indexOf(JdbcEventStore.SOURCE_SEPARATOR, from)) {
            sources.add(joined.substring(from, at));
            from = at + JdbcEventStore.SOURCE_SEPARATOR.length();
        }
        sources.add(joined.substring(from));
        return sources;
    }

    /**
     * A GeoJSON Point.
     *
     * @param type always {@code Point}
     * @param coordinates {@code [longitude, latitude]}
     */
    public record Point(String type, double[] coordinates) {

        static Point of(double lon, double lat) {
            return new Point("Point", new double[] {lon, lat});
        }
    }

    /**
     * The event's fields, named as in ACLED's codebook.
     *
     * @param id the event id
     * @param eventDate the day
     * @param timePrecision 1 day, 2 week, 3 month
     * @param eventType ACLED event type
     * @param subEventType ACLED sub-event type
     * @param location English place name
     * @param locationAr Arabic place name
     * @param placeRef gazetteer identifier of the place
     * @param admin1 governorate
     * @param admin2 district
     * @param geoPrecision 1 town, 2 near it, 3 region
     * @param fatalities the sources' agreed figure, or the highest when they disagree, or {@code null}
     *        if none gives one
     * @param notes a short evidence text
     * @param source the sources, separated by {@code "; "}
     * @param evidence each source's evidence; only on a single event
     * @param fatalitiesMin the lowest figure a source gives
     * @param fatalitiesMax the highest figure a source gives
     * @param fatalitiesDisputed whether sources give different figures
     * @param sourceCount how many articles report the event
     * @param sources the distinct publishers, as a list
     * @param confidence how much to trust the event, 0..1: the highest of its sources; {@code null}
     *        for events stored before confidences
     * @param dateApproximate the sources leave the time open: {@code event_date} is only the latest
     *        possible day, at {@code time_precision} 2 or 3
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Properties(long id, LocalDate eventDate, int timePrecision, String eventType,
            String subEventType, String location, String locationAr, String placeRef,
            @Nullable String admin1, @Nullable String admin2, int geoPrecision, @Nullable Integer fatalities,
            String notes, String source,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<EvidenceProperties> evidence,
            @Nullable Integer fatalitiesMin, @Nullable Integer fatalitiesMax, boolean fatalitiesDisputed,
            int sourceCount, List<String> sources, @Nullable Double confidence, boolean dateApproximate) {}

    /**
     * One source's evidence as shown with a single event.
     *
     * @param articleId the article
     * @param source its publisher
     * @param title its headline
     * @param url its address
     * @param published its date
     * @param sentence the sentence reporting the event
     * @param sentenceSpan {@code [start, end)} of the sentence in the article
     * @param placeSpan {@code [start, end)} of the place mention in the article
     * @param triggerSpan {@code [start, end)} of the trigger word, if marked
     * @param fatalities this source's figure
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record EvidenceProperties(long articleId, String source, @Nullable String title, @Nullable String url,
            @Nullable LocalDate published, String sentence, int[] sentenceSpan, int[] placeSpan,
            int @Nullable [] triggerSpan, @Nullable Integer fatalities) {

        static EvidenceProperties of(SourceEvidence e) {
            return new EvidenceProperties(e.articleId(), e.source(), e.title(), e.url(), e.published(),
                    e.sentence(), pair(e.sentenceSpan()), pair(e.placeSpan()),
                    e.triggerSpan() == null ? null : pair(e.triggerSpan()), e.fatalities());
        }

        private static int[] pair(Span span) {
            return new int[] {span.start(), span.end()};
        }
    }
}
