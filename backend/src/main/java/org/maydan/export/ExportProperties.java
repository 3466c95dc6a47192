package org.maydan.export;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Caps of {@code /api/events/export} ({@code maydan.exports.*}).
 *
 * @param maxRows the most events one export may hold; a filter matching more is refused with 400
 *     before anything is written, so an analyst never receives a silently truncated file
 */
@Validated
@ConfigurationProperties("maydan.exports")
public record ExportProperties(@Min(1) @DefaultValue("1000000") int maxRows) {}
