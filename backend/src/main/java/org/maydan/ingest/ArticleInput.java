package org.maydan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.maydan.article.NewArticle;
import org.maydan.article.PublishedDate;
import org.maydan.system.BadRequestException;
import org.maydan.system.RequestRefusedException;
import org.springframework.http.HttpStatus;

/**
 * Turns an article's fields as a client sends them (JSON members, headers, query parameters, file
 * metadata) into a {@link NewArticle}, or says what is wrong with them. The same rules hold for the
 * HTTP API and the {@code ingest} command.
 *
 * <ul>
 *   <li>{@code text} is required and at most {@link IngestProperties#maxTextChars()} characters.</li>
 *   <li>{@code published} follows {@link PublishedDate}: an ISO date ({@code 2019-05-06}) or
 *       date-time ({@code 2019-05-06T08:30:00+03:00}, whose date as written is kept).</li>
 *   <li>{@code url}, if given, is an absolute http(s) address; one that is not strict RFC 3986 is
 *       percent-encoded, and the address as sent kept for display ({@link ArticleAddress}).</li>
 *   <li>{@code source} defaults to the URL's host; one of the two is required.</li>
 *   <li>Every field is cleaned of bidi controls and control characters first ({@link UntrustedText}).</li>
 * </ul>
 */
public final class ArticleInput {

    /** Field names, used as JSON members, query parameters and in problem details. */
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String PUBLISHED = "published";
    public static final String URL = "url";
    public static final String SOURCE = "source";

    /** Column sizes of the article table (V2). */
    static final int MAX_TITLE_CHARS = 1000;
    static final int MAX_URL_CHARS = 2048;
    static final int MAX_SOURCE_CHARS = 200;
    private static final int READ_BUFFER_CHARS = 8192;

    private final int maxTextChars;

    public ArticleInput(IngestProperties properties) {
        this.maxTextChars = properties.maxTextChars();
    }

    /**
     * The article these fields describe.
     *
     * @throws BadRequestException naming the field at fault
     * @throws RequestRefusedException (413) if the text is over the limit
     */
    public NewArticle article(@Nullable String title, @Nullable String text, @Nullable String published,
            @Nullable String url, @Nullable String source) {
        return article(title, text, () -> date(blankToNull(cleaned(published))), url, source);
    }

    /** The same, for fields whose publication day a file reader has already read by the same rule. */
    NewArticle article(@Nullable String title, @Nullable String text, @Nullable LocalDate published,
            @Nullable String url, @Nullable String source) {
        return article(title, text, () -> published, url, source);
    }

    /** The date is read last, so a missing text or source is reported before a bad date. */
    private NewArticle article(@Nullable String title, @Nullable String text, Supplier<@Nullable LocalDate> published,
            @Nullable String url, @Nullable String source) {
        text = cleaned(text);
        if (text == null || text.isBlank()) {
            throw new BadRequestException(TEXT, "the article has no text: send it as 'text' (JSON) or as the"
                    + " text/plain body");
        }
        if (text.length() > maxTextChars) {
            throw tooLarge("the text has " + text.length() + " characters; at most " + maxTextChars + " are accepted");
        }
        String sentUrl = blankToNull(cleaned(url));
        ArticleAddress address = sentUrl == null ? null : address(sentUrl);
        String publisher = blankToNull(cleaned(source));
        if (publisher == null && address != null) {
            publisher = URI.create(address.url()).getHost();
        }
        if (publisher == null) {
            throw new BadRequestException(SOURCE, "name the publisher as 'source', or give the article's 'url'");
        }
        String headline = blankToNull(cleaned(title));
        checkLength(TITLE, headline, MAX_TITLE_CHARS);
        checkLength(SOURCE, publisher, MAX_SOURCE_CHARS);
        return new NewArticle(address == null ? null : address.url(), headline, publisher,
                published.get(), text, address == null ? null : address.sent(), null);
    }

    /**
     * Decodes a text body while reading it, stopping as soon as it passes the text limit; bytes that
     * are not valid in {@code charset} become U+FFFD.
     *
     * @throws RequestRefusedException (413) once the text is over the limit
     */
    public String readText(InputStream body, Charset charset) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[READ_BUFFER_CHARS];
        try (Reader reader = new InputStreamReader(body, charset)) {
            int n;
            while ((n = reader.read(buffer)) >= 0) {
                if (text.length() + n > maxTextChars) {
                    throw tooLarge("the text has more than " + maxTextChars + " characters; at most " + maxTextChars
                            + " are accepted (maydan.ingest.max-text-chars)");
                }
                text.append(buffer, 0, n);
            }
        }
        return text.toString();
    }

    /** The day {@code published} names by the one rule of {@link PublishedDate}; {@code null} stays unknown. */
    static @Nullable LocalDate date(@Nullable String published) {
        try {
            return PublishedDate.parse(published);
        } catch (DateTimeException e) {
            throw new BadRequestException(PUBLISHED, e.getMessage());
        }
    }

    private static ArticleAddress address(String sent) {
        checkLength(URL, sent, MAX_URL_CHARS);
        ArticleAddress address = ArticleAddress.of(sent);
        if (address.url().length() > MAX_URL_CHARS) {
            throw new BadRequestException(URL, "'" + URL + "' has " + address.url().length()
                    + " characters once percent-encoded; at most " + MAX_URL_CHARS + " are stored");
        }
        return address;
    }

    private static RequestRefusedException tooLarge(String detail) {
        return new RequestRefusedException(HttpStatus.PAYLOAD_TOO_LARGE, RequestRefusedException.TOO_LARGE,
                "Article too large", detail);
    }

    private static @Nullable String cleaned(@Nullable String value) {
        return value == null ? null : UntrustedText.clean(value);
    }

    private static void checkLength(String field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            throw new BadRequestException(field, "'" + field + "' has " + value.length() + " characters; at most "
                    + max + " are stored");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
