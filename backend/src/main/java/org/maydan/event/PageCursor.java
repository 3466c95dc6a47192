package org.maydan.event;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.maydan.system.BadRequestException;

/**
 * Where the next page starts: just after the event with this date and id, in the
 * {@code (event_date, id)} order pages are served in. Encoded as an opaque URL-safe token so that
 * clients follow {@code next} links instead of building offsets (keyset paging stays fast at
 * any depth, unlike OFFSET).
 *
 * @param eventDate date of the last event of the previous page
 * @param id id of the last event of the previous page
 */
public record PageCursor(LocalDate eventDate, long id) {

    /** Query parameter of the cursor. */
    public static final String PARAMETER = "cursor";
    private static final char SEPARATOR = '~';

    /** The cursor that continues after this event. */
    public static PageCursor after(Event event) {
        return new PageCursor(event.eventDate(), event.id());
    }

    /** The opaque form put in {@code next} links. */
    public String encode() {
        String plain = eventDate + String.valueOf(SEPARATOR) + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a token made by {@link #encode()}; {@code null} or blank means the first page. */
    public static @Nullable PageCursor decode(@Nullable String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
            int split = plain.indexOf(SEPARATOR);
            return new PageCursor(LocalDate.parse(plain.substring(0, split)),
                    Long.parseLong(plain.substring(split + 1)));
        } catch (IllegalArgumentException | DateTimeParseException | IndexOutOfBoundsException e) {
            throw new BadRequestException(PARAMETER,
                    "cursor is not one this server issued; follow the next link as given");
        }
    }

    /** Whether an event comes after this cursor in paging order. */
    public boolean precedes(Event event) {
        int byDate = event.eventDate().compareTo(eventDate);
        return byDate > 0 || (byDate == 0 && event.id() > id);
    }
}
