package org.maydan.event;

import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.maydan.system.BadRequestException;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The filter query parameters every event read accepts, as {@link FilterParametersResolver} reads
 * them from the query string for a handler parameter of this type; {@link #toFilter()} validates
 * them into an {@link EventFilter}. One record, so the list, the map's columns, the timeline and
 * exports can never drift apart; its components (named by {@link BindParam} where the parameter
 * name differs) are the parameters {@code KnownParameters} allows.
 *
 * @param bbox {@code minLon,minLat,maxLon,maxLat} in WGS 84
 * @param start first day, ISO date, inclusive
 * @param end last day, ISO date, inclusive
 * @param type ACLED sub-event types, repeatable
 * @param q text the evidence sentences contain, ignoring case and diacritics
 * @param source a publisher among the event's sources (exact name, any case)
 * @param admin1 a governorate, ACLED {@code admin1} as served
 * @param minConfidence 0..1: only events whose confidence is at least this ({@link EventFilter#filtersConfidence})
 */
public record FilterParameters(
        @Parameter(description = "minLon,minLat,maxLon,maxLat (WGS 84, edges inclusive)", example = "35.9,35.0,37.5,36.5")
        @Nullable String bbox,
        @Parameter(description = "first day, ISO date, inclusive", example = "2019-05-01") @Nullable String start,
        @Parameter(description = "last day, ISO date, inclusive", example = "2019-05-31") @Nullable String end,
        @Parameter(description = "ACLED sub_event_type, repeatable, e.g. Air/drone strike") @Nullable List<String> type,
        @Parameter(description = "text the event's evidence sentences contain, ignoring case and diacritics"
                + " (Arabic harakat, hamza forms, Latin accents); at most 200 characters")
        @Nullable String q,
        @Parameter(description = "a publisher among the event's sources, exact name in any case") @Nullable String source,
        @Parameter(description = "governorate, exact ACLED admin1 as served, e.g. Idleb") @Nullable String admin1,
        @Parameter(name = MIN_CONFIDENCE, description = MIN_CONFIDENCE_DESCRIPTION)
        @BindParam(MIN_CONFIDENCE) @Nullable String minConfidence) {

    /** Query parameter of the minimum confidence. */
    public static final String MIN_CONFIDENCE = "min_confidence";
    /** What {@value #MIN_CONFIDENCE} does, for the OpenAPI descriptions of every endpoint that takes it. */
    public static final String MIN_CONFIDENCE_DESCRIPTION = "0..1: only events whose confidence is at least this."
            + " Events stored before confidences have none and pass only when it is absent or 0";
    /** Query parameter of the publisher. */
    public static final String SOURCE = "source";
    /** Query parameter of the governorate. */
    public static final String ADMIN1 = "admin1";
    /** The longest publisher name, as {@code article.source} stores it. */
    static final int SOURCE_MAX_CHARS = 200;
    /** The longest governorate name, as {@code event.admin1} stores it. */
    static final int ADMIN1_MAX_CHARS = 100;

    /** The validated filter; bad values are a {@link BadRequestException} naming the parameter. */
    public EventFilter toFilter() {
        EventFilter where = EventFilter.parse(bbox, start, end, type);
        return new EventFilter(where.bbox(), where.window(), where.types(), TextQuery.parse(q),
                name(SOURCE, source, SOURCE_MAX_CHARS), name(ADMIN1, admin1, ADMIN1_MAX_CHARS),
                parseMinConfidence(minConfidence));
    }

    private static @Nullable String name(String parameter, @Nullable String value, int maxChars) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String name = value.strip();
        if (name.length() > maxChars) {
            throw new BadRequestException(parameter, parameter + " must be at most " + maxChars + " characters");
        }
        return name;
    }

    /** Reads {@value #MIN_CONFIDENCE}: absent is {@code null}; not a number from 0 to 1 is a {@link BadRequestException}. */
    public static @Nullable Double parseMinConfidence(@Nullable String minConfidence) {
        if (minConfidence == null || minConfidence.isBlank()) {
            return null;
        }
        double value;
        try {
            value = Double.parseDouble(minConfidence.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(MIN_CONFIDENCE, "min_confidence must be a number from 0 to 1; got '"
                    + minConfidence + "'");
        }
        if (!(value >= 0 && value <= 1)) {
            throw new BadRequestException(MIN_CONFIDENCE, "min_confidence must be from 0 to 1; got " + value);
        }
        return value;
    }
}
