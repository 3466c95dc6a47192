package org.maydan.system;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * A request refused for a reason other than a bad parameter or a missing resource: no or a wrong
 * API key, writes disabled, a body too large, a pipeline that cannot run. {@link ApiProblems} turns
 * it into problem JSON with its status, type and title; the message is the detail.
 */
public class RequestRefusedException extends RuntimeException {

    /** Problem type: the request carries no API key or a wrong one. */
    public static final URI UNAUTHORIZED = URI.create("urn:maydan:problem:unauthorized");
    /** Problem type: this server accepts no writes, because no API key is configured. */
    public static final URI WRITES_DISABLED = URI.create("urn:maydan:problem:writes-disabled");
    /** Problem type: the request body is over the configured size. */
    public static final URI TOO_LARGE = URI.create("urn:maydan:problem:too-large");
    /** Problem type: a part the request needs is not available in this server. */
    public static final URI UNAVAILABLE = URI.create("urn:maydan:problem:unavailable");
    /** Problem type: the server is starting (migrations, sample data) or stopping; retry later. */
    public static final URI NOT_READY = URI.create("urn:maydan:problem:not-ready");
    /** Problem type: this client sent more requests of a kind than its rate limit allows. */
    public static final URI RATE_LIMITED = URI.create("urn:maydan:problem:rate-limited");
    /** Problem type: as many requests of this kind as the server runs at once are running. */
    public static final URI BUSY = URI.create("urn:maydan:problem:busy");
    /** Problem type: the store cannot be reached; retry later. */
    public static final URI STORE_UNAVAILABLE = URI.create("urn:maydan:problem:store-unavailable");
    /** Problem type: the query took longer than the statement timeout; narrow it or retry later. */
    public static final URI TIMEOUT = URI.create("urn:maydan:problem:timeout");

    private final HttpStatus status;
    private final URI type;
    private final String title;

    public RequestRefusedException(HttpStatus status, URI type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }
}
