package org.maydan.system;

import org.jspecify.annotations.Nullable;

/**
 * A request the API refuses: the message says what is wrong in words a caller can act on, and
 * {@link #parameter()} names the query parameter at fault when there is one.
 */
public class BadRequestException extends RuntimeException {

    private final @Nullable String parameter;

    public BadRequestException(@Nullable String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public @Nullable String parameter() {
        return parameter;
    }
}
