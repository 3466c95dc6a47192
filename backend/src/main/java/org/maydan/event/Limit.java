package org.maydan.event;

import org.jspecify.annotations.Nullable;
import org.maydan.system.BadRequestException;

/**
 * How many features one page may hold, between 1 and the configured maximum.
 *
 * @param value the number of features
 */
public record Limit(int value) {

    /** Query parameter of the page size. */
    public static final String PARAMETER = "limit";

    public Limit {
        if (value < 1) {
            throw new IllegalArgumentException("limit must be positive: " + value);
        }
    }

    /** Reads the page size; absent means the configured default, out of range is refused. */
    public static Limit parse(@Nullable String text, EventApiProperties caps) {
        if (text == null || text.isBlank()) {
            return new Limit(caps.defaultLimit());
        }
        int value;
        try {
            value = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(PARAMETER, "limit must be an integer; got '" + text + "'");
        }
        if (value < 1 || value > caps.maxLimit()) {
            throw new BadRequestException(PARAMETER,
                    "limit must be between 1 and " + caps.maxLimit() + "; got " + value);
        }
        return new Limit(value);
    }
}
