package org.maydan.event;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Caps and caching of the event reads ({@code maydan.events.*}).
 *
 * @param defaultLimit features per page when the request names no {@code limit}
 * @param maxLimit the largest {@code limit} a request may ask for
 * @param columnsMaxRows the most events one {@code /api/events/columns} answer may hold; a filter
 *        matching more is refused with 400 before anything is written
 * @param cacheControl the {@code Cache-Control} header of event reads (list, columns, timeline,
 *        exports, OGC items); every answer also carries an {@code ETag} and {@code Last-Modified}
 *        from the store's change version, so the default {@code no-cache} lets clients and proxies
 *        keep answers and revalidate each with a cheap {@code 304}
 * @param versionCache how long this process keeps the store's change version instead of reading it
 *        for every request; writes through this instance forget it at once, writes by other
 *        instances are seen at most this much later in the tags (zero: read every time)
 */
@Validated
@ConfigurationProperties("maydan.events")
public record EventApiProperties(
        @Min(1) @DefaultValue("500") int defaultLimit,
        @Min(1) @DefaultValue("5000") int maxLimit,
        @Min(1) @DefaultValue("1000000") int columnsMaxRows,
        @NotBlank @DefaultValue("no-cache") String cacheControl,
        @DefaultValue("1s") Duration versionCache) {

    public EventApiProperties {
        if (defaultLimit > maxLimit) {
            throw new IllegalArgumentException("maydan.events.default-limit " + defaultLimit
                    + " exceeds maydan.events.max-limit " + maxLimit);
        }
    }
}
