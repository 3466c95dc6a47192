package org.maydan.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for an article's {@code published} field, wherever an article comes from (JSON Lines
 * for extract, ingest, bench-extract and evaluate, the HTTP API, a saved page's metadata):
 *
 * <ul>
 *   <li>absent, null or blank: unknown;</li>
 *   <li>an ISO date, {@code 2019-05-06};</li>
 *   <li>an ISO date-time, with or without an offset or zone ({@code 2019-05-06T08:30:00},
 *       {@code 2019-05-06T08:30:00+03:00}, {@code 2019-05-06T05:30:00Z}): its date as written, in
 *       the publisher's own time, since that is the day the article's "today" means;</li>
 *   <li>anything else is refused.</li>
 * </ul>
 */
public final class PublishedDate {

    /** How a refusal tells the sender what to write instead. */
    static final String EXPECTED = "use 2019-05-06 or 2019-05-06T08:30:00+03:00";

    private PublishedDate() {}

    /**
     * The publication day {@code text} names, or {@code null} when it names none.
     *
     * @throws DateTimeException saying what is wrong, e.g. {@code '6 May' is not a date: use ...}
     */
    public static @Nullable LocalDate parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return value.indexOf('T') < 0 ? LocalDate.parse(value)
                    : LocalDate.from(DateTimeFormatter.ISO_DATE_TIME.parse(value));
        } catch (DateTimeParseException e) {
            throw new DateTimeException("'" + text + "' is not a date: " + EXPECTED, e);
        }
    }
}
