package org.maydan.event;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.maydan.system.BadRequestException;

/**
 * Which properties each feature of {@code /api/events} carries. {@link #COMPACT} is for maps that
 * draw many points and fetch the rest of an event on click ({@code /api/events/{id}}): about a
 * third of the bytes of {@link #FULL} per feature.
 */
public enum PropertySet {
    /** Every ACLED field of the event. */
    FULL("full"),
    /**
     * Only {@code id}, {@code event_date}, {@code sub_event_type}, {@code fatalities},
     * {@code confidence} and {@code date_approximate}: what a map draws and filters by.
     */
    COMPACT("compact");

    /** Query parameter: {@code props=compact}. */
    public static final String PARAMETER = "props";

    private final String parameter;

    PropertySet(String parameter) {
        this.parameter = parameter;
    }

    /** Reads {@code props}; absent means {@link #FULL}. */
    public static PropertySet parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return FULL;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.parameter.equals(wanted)).findFirst()
                .orElseThrow(() -> new BadRequestException(PARAMETER, "props must be one of "
                        + Arrays.stream(values()).map(p -> p.parameter).collect(Collectors.joining(", "))
                        + "; got '" + text + "'"));
    }
}
