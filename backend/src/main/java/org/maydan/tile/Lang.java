package org.maydan.tile;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.maydan.system.BadRequestException;

/** The language of a map's labels, legend and caption: {@code ?lang=ar} or {@code ?lang=en}. */
enum Lang {
    AR, EN;

    /** Query parameter. */
    static final String PARAMETER = "lang";
    /** Without {@code lang}: English, as the API's type labels are. */
    static final Lang DEFAULT = EN;

    static Lang parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "ar" -> AR;
            case "en" -> EN;
            default -> throw new BadRequestException(PARAMETER, "lang must be ar or en; got '" + text + "'");
        };
    }

    /** The name in this language, or the other one when it is missing. */
    String pick(String english, String arabic) {
        String wanted = this == AR ? arabic : english;
        return wanted.isBlank() ? (this == AR ? english : arabic) : wanted;
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
