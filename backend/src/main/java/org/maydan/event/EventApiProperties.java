package org.maydan.event;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Caps of the event API ({@code maydan.events.*}).
 *
 * @param defaultLimit features per page when the request names no {@code limit}
 * @param maxLimit the largest {@code limit} a request may ask for
 */
@Validated
@ConfigurationProperties("maydan.events")
public record EventApiProperties(
        @Min(1) @DefaultValue("500") int defaultLimit,
        @Min(1) @DefaultValue("5000") int maxLimit) {

    public EventApiProperties {
        if (defaultLimit > maxLimit) {
            throw new IllegalArgumentException("maydan.events.default-limit " + defaultLimit
                    + " exceeds maydan.events.max-limit " + maxLimit);
        }
    }
}
