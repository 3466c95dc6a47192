package org.maydan.system;

import java.io.IOException;

/**
 * A request body passed {@code maydan.limits.max-body-size} while it was read. An {@link IOException}
 * because it is thrown from the body's stream; {@link ApiProblems} answers it with 413 wherever a
 * reader of the body lets it through.
 */
public class BodyTooLargeException extends IOException {

    public BodyTooLargeException(String message) {
        super(message);
    }
}
