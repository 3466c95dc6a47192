package org.maydan.ingest;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Caps of ingest ({@code maydan.ingest.*}).
 *
 * @param maxTextChars the longest article text accepted, in characters
 * @param maxAttempts how often one article's transaction is tried when concurrent writers race
 */
@Validated
@ConfigurationProperties("maydan.ingest")
public record IngestProperties(
        @Min(1) @DefaultValue("1000000") int maxTextChars,
        @Min(1) @DefaultValue("5") int maxAttempts) {}
