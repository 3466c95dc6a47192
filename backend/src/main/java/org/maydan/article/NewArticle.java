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
 */
public record NewArticle(@Nullable String url, @Nullable String title, String source,
        @Nullable LocalDate published, String text) {

    private static final String HASH_ALGORITHM = "SHA-256";

    public NewArticle {
        if (text.isBlank()) {
            throw new IllegalArgumentException("an article needs a text");
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException("an article needs a source");
        }
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
