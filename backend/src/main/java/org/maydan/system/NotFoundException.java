package org.maydan.system;

/** A resource named by the request does not exist; mapped to 404 problem JSON. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
