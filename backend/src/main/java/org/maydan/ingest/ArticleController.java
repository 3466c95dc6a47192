package org.maydan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.maydan.system.ApiKeyGuard;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * {@code POST /api/articles}: ingest one article, sent as JSON ({@code title, text, published, url,
 * source}) or as a text/plain body with its metadata in {@code X-Maydan-*} headers or in query
 * parameters (header values may be percent-encoded UTF-8, since raw HTTP headers cannot carry
 * Arabic). Answers 201 with the events found when the article is new, 200 with the stored result
 * when it was already stored, and with {@code ?reprocess=true} runs the pipeline on it again.
 * Writes need an API key (see {@link ApiKeyGuard}); the stored article records the key's name. A
 * text/plain body is decoded while it is read and refused with 413 as soon as it passes
 * {@code maydan.ingest.max-text-chars}, so an oversized body is never held whole.
 */
@RestController
class ArticleController {

    static final String PATH = "/api/articles";
    static final String REPROCESS = "reprocess";
    static final String TITLE_HEADER = "X-Maydan-Title";
    static final String URL_HEADER = "X-Maydan-Url";
    static final String PUBLISHED_HEADER = "X-Maydan-Published";
    static final String SOURCE_HEADER = "X-Maydan-Source";

    private final ArticleIngest ingest;
    private final ArticleInput input;

    ArticleController(ArticleIngest ingest, ArticleInput input) {
        this.ingest = ingest;
        this.input = input;
    }

    /**
     * The JSON form of an article.
     *
     * @param title its headline
     * @param text its body
     * @param published ISO date or date-time
     * @param url its address
     * @param source its publisher
     */
    record ArticleJson(@Nullable String title, @Nullable String text, @Nullable String published,
            @Nullable String url, @Nullable String source) {}

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IngestResponse> postJson(@RequestBody ArticleJson body,
            @RequestParam(name = REPROCESS, defaultValue = "false") boolean reprocess,
            @RequestAttribute(name = ApiKeyGuard.KEY_NAME, required = false) @Nullable String keyName) {
        return answer(ingest.ingest(input.article(body.title(), body.text(), body.published(), body.url(),
                body.source()).addedBy(keyName), reprocess));
    }

    @PostMapping(path = PATH, consumes = MediaType.TEXT_PLAIN_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IngestResponse> postText(InputStream body,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @RequestHeader(name = TITLE_HEADER, required = false) @Nullable String titleHeader,
            @RequestHeader(name = URL_HEADER, required = false) @Nullable String urlHeader,
            @RequestHeader(name = PUBLISHED_HEADER, required = false) @Nullable String publishedHeader,
            @RequestHeader(name = SOURCE_HEADER, required = false) @Nullable String sourceHeader,
            @RequestParam(name = ArticleInput.TITLE, required = false) @Nullable String title,
            @RequestParam(name = ArticleInput.URL, required = false) @Nullable String url,
            @RequestParam(name = ArticleInput.PUBLISHED, required = false) @Nullable String published,
            @RequestParam(name = ArticleInput.SOURCE, required = false) @Nullable String source,
            @RequestParam(name = REPROCESS, defaultValue = "false") boolean reprocess,
            @RequestAttribute(name = ApiKeyGuard.KEY_NAME, required = false) @Nullable String keyName)
            throws IOException {
        Charset charset = contentType.getCharset() == null ? StandardCharsets.UTF_8 : contentType.getCharset();
        String text = input.readText(body, charset);
        return answer(ingest.ingest(input.article(either(titleHeader, title), text,
                either(publishedHeader, published), either(urlHeader, url), either(sourceHeader, source))
                .addedBy(keyName), reprocess));
    }

    private static ResponseEntity<IngestResponse> answer(ArticleIngest.Result result) {
        HttpStatus status = result.status() == ArticleIngest.Status.CREATED ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).body(IngestResponse.of(result));
    }

    /** The header's value, percent-decoded, else the parameter's. */
    private static @Nullable String either(@Nullable String header, @Nullable String parameter) {
        return header == null ? parameter : UriUtils.decode(header, StandardCharsets.UTF_8);
    }
}
