package org.maydan.ingest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Caps of ingest ({@code maydan.ingest.*}).
 *
 * @param maxTextChars the longest article text accepted, in characters
 * @param maxAttempts how often one article's transaction is tried when concurrent writers race
 * @param maxEventsPerArticle the most events stored from one article; the first ones in text order are kept
 * @param maxPlacesPerArticle the most distinct places stored for one article; the first named are kept
 * @param maxEvidenceChars the longest evidence sentence stored; a longer one is cut at words around its
 *        place and trigger (at most {@value #EVIDENCE_COLUMN_CHARS}, the size of the embedded store's column)
 */
@Validated
@ConfigurationProperties("maydan.ingest")
public record IngestProperties(
        @Min(1) @DefaultValue("1000000") int maxTextChars,
        @Min(1) @DefaultValue("5") int maxAttempts,
        @Min(1) @DefaultValue("200") int maxEventsPerArticle,
        @Min(1) @DefaultValue("500") int maxPlacesPerArticle,
        @Min(MIN_EVIDENCE_CHARS) @Max(EVIDENCE_COLUMN_CHARS) @DefaultValue("2000") int maxEvidenceChars) {

    /** {@code evidence.sentence} on H2 is VARCHAR(10000) (V2). */
    public static final int EVIDENCE_COLUMN_CHARS = 10_000;
    /** Room for a place name and a trigger word with some context. */
    public static final int MIN_EVIDENCE_CHARS = 100;

    @ConstructorBinding
    public IngestProperties {
    }

    /** The given text and retry caps, the other caps at their defaults. */
    public IngestProperties(int maxTextChars, int maxAttempts) {
        this(maxTextChars, maxAttempts, 200, 500, 2000);
    }
}
