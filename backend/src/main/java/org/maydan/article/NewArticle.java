package org.maydan.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * An article to store: a news text with where and when it was published.
 *
 * @param url its address, unique among stored articles, if it has one
 * @param title its headline, if it has one
 * @param source its publisher (ACLED {@code source})
 * @param published its publication date, if known; relative dates in the text are read against it
 * @param text its body
 * @param originalUrl the address as the client sent it, when {@code url} is its RFC 3986 form
 *        (percent-encoded) and differs; kept for display
 * @param addedBy the name of the API key that sent it, or {@code null} (ingest command, sample data)
 */
public record NewArticle(@Nullable String url, @Nullable String title, String source,
        @Nullable LocalDate published, String text, @Nullable String originalUrl, @Nullable String addedBy) {

    private static final String HASH_ALGORITHM = "SHA-256";

    /** An article whose address, if any, was sent as stored, added by no API key. */
    public NewArticle(@Nullable String url, @Nullable String title, String source, @Nullable LocalDate published,
            String text) {
        this(url, title, source, published, text, null, null);
    }

    public NewArticle {
        if (text.isBlank()) {
            throw new IllegalArgumentException("an article needs a text");
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException("an article needs a source");
        }
        if (originalUrl != null && originalUrl.equals(url)) {
            originalUrl = null;
        }
    }

    /** The same article, recorded as added through the API key of this name. */
    public NewArticle addedBy(@Nullable String keyName) {
        return new NewArticle(url, title, source, published, text, originalUrl, keyName);
    }

    /**
     * The SHA-256 of the NFC-normalised, stripped text, in lower-case hex: the same story stored
     * twice under different addresses, or re-encoded, is still one article.
     */
    public String contentHash() {
        String canonical = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        try {
            byte[] digest = MessageDigest.getInstance(HASH_ALGORITHM).digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + HASH_ALGORITHM, e);
        }
    }
}
