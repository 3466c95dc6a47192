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
        int value = read(text, caps);
        if (value > caps.maxLimit()) {
            throw outOfRange(value, caps);
        }
        return new Limit(value);
    }

    /**
     * Reads the page size as OGC API – Features does: absent means the configured default, above the
     * maximum means the maximum, below one is refused.
     */
    public static Limit parseAtMostMax(@Nullable String text, EventApiProperties caps) {
        return new Limit(Math.min(read(text, caps), caps.maxLimit()));
    }

    private static int read(@Nullable String text, EventApiProperties caps) {
        if (text == null || text.isBlank()) {
            return caps.defaultLimit();
        }
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(PARAMETER, "limit must be an integer; got '" + text + "'");
        }
        if (value < 1) {
            throw outOfRange(value, caps);
        }
        return (int) Math.min(value, Integer.MAX_VALUE);
    }

    private static BadRequestException outOfRange(long value, EventApiProperties caps) {
        return new BadRequestException(PARAMETER, "limit must be between 1 and " + caps.maxLimit() + "; got " + value);
    }
}
