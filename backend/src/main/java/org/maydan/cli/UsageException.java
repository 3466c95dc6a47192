package org.maydan.cli;

/** Bad command-line usage: the message says what is wrong; the process exits with code 2. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
