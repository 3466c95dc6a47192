package org.maydan.ogc;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.maydan.event.PageCursor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Absolute links of the OGC documents (GIS clients follow {@code next} links as given), from the
 * configured {@code maydan.ogc.base-url} or else from the request.
 */
@Component
@EnableConfigurationProperties(OgcProperties.class)
class OgcLinks {

    private final String baseUrl;

    OgcLinks(OgcProperties properties) {
        this.baseUrl = properties.baseUrl().strip().replaceAll("/+$", "");
    }

    OgcDocuments.Link link(String path, String rel, String type, @Nullable String title) {
        return new OgcDocuments.Link(base() + path, rel, type, title);
    }

    /** The address of the current request, query included. */
    String current(HttpServletRequest request) {
        return builder(request).build(true).toUriString();
    }

    /** The current request with its cursor replaced by {@code next}: the following page. */
    String withCursor(HttpServletRequest request, PageCursor next) {
        return builder(request).replaceQueryParam(PageCursor.PARAMETER, next.encode()).build(true).toUriString();
    }

    /** The request's address with its query as sent, already percent-encoded. */
    private UriComponentsBuilder builder(HttpServletRequest request) {
        return UriComponentsBuilder.fromUriString(base() + request.getRequestURI()).query(request.getQueryString());
    }

    private String base() {
        return baseUrl.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() : baseUrl;
    }
}
