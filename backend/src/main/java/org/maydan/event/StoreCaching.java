package org.maydan.event;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * HTTP caching of answers computed from the store: each carries the store's change version as a
 * weak {@code ETag} and its time as {@code Last-Modified}, with the configured
 * {@code Cache-Control}; a request whose {@code If-None-Match} (or, without it,
 * {@code If-Modified-Since}) names the current version gets {@code 304} and no body.
 *
 * <p>The version is read before the answer's data, so a write between the two can only make the
 * tag older than the data, never newer: a client may revalidate once more than needed but never
 * keeps stale data under a current tag. The tag is weak because one version has several byte
 * representations (identity and gzip); for the same URL the content is the same.
 */
@Component
public class StoreCaching {

    private static final String WEAK = "W/";

    private final EventStore store;
    private final String cacheControl;

    StoreCaching(EventStore store, EventApiProperties properties) {
        this.store = store;
        this.cacheControl = properties.cacheControl();
    }

    /**
     * Sets the caching headers of an answer from the current store version and returns whether
     * the client's copy is current, in which case the status is already {@code 304} and the caller
     * writes no body.
     */
    public boolean notModified(ServletWebRequest request) {
        StoreVersion version = store.version();
        HttpServletResponse response = request.getResponse();
        if (response != null) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        }
        return request.checkNotModified(WEAK + version.etag(), version.changedAt().toEpochMilli());
    }
}
