package org.maydan.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
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
 *   <li>{@code url}, if given, is an absolute http(s) address.</li>
 *   <li>{@code source} defaults to the URL's host; one of the two is required.</li>
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
        return article(title, text, () -> date(published), url, source);
    }

    /** The same, for fields whose publication day a file reader has already read by the same rule. */
    NewArticle article(@Nullable String title, @Nullable String text, @Nullable LocalDate published,
            @Nullable String url, @Nullable String source) {
        return article(title, text, () -> published, url, source);
    }

    /** The date is read last, so a missing text or source is reported before a bad date. */
    private NewArticle article(@Nullable String title, @Nullable String text, Supplier<@Nullable LocalDate> published,
            @Nullable String url, @Nullable String source) {
        if (text == null || text.isBlank()) {
            throw new BadRequestException(TEXT, "the article has no text: send it as 'text' (JSON) or as the"
                    + " text/plain body");
        }
        if (text.length() > maxTextChars) {
            throw new RequestRefusedException(HttpStatus.PAYLOAD_TOO_LARGE, RequestRefusedException.TOO_LARGE,
                    "Article too large", "the text has " + text.length() + " characters; at most " + maxTextChars
                    + " are accepted");
        }
        String address = blankToNull(url);
        if (address != null) {
            checkUrl(address);
        }
        String publisher = blankToNull(source);
        if (publisher == null && address != null) {
            publisher = URI.create(address).getHost();
        }
        if (publisher == null) {
            throw new BadRequestException(SOURCE, "name the publisher as 'source', or give the article's 'url'");
        }
        String headline = blankToNull(title);
        checkLength(TITLE, headline, MAX_TITLE_CHARS);
        checkLength(SOURCE, publisher, MAX_SOURCE_CHARS);
        return new NewArticle(address, headline, publisher, published.get(), text);
    }

    /** The day {@code published} names by the one rule of {@link PublishedDate}; {@code null} stays unknown. */
    static @Nullable LocalDate date(@Nullable String published) {
        try {
            return PublishedDate.parse(published);
        } catch (DateTimeException e) {
            throw new BadRequestException(PUBLISHED, e.getMessage());
        }
    }

    private static void checkUrl(String url) {
        checkLength(URL, url, MAX_URL_CHARS);
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new BadRequestException(URL, "'" + url + "' is not an absolute http(s) address");
            }
        } catch (URISyntaxException e) {
            throw new BadRequestException(URL, "'" + url + "' is not an address: " + e.getReason());
        }
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
