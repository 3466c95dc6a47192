package org.maydan.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.maydan.article.PublishedDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a saved news page with jsoup: the text of its paragraphs and headings (scripts, styles,
 * navigation, headers and footers left out), its title, its canonical address, its site name and
 * its publication date from {@code <meta property="article:published_time">} or the first
 * {@code <time datetime>}.
 */
final class HtmlArticle {

    private static final String NOISE = "script, style, noscript, nav, header, footer, aside, form";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote";
    private static final String PARAGRAPH_BREAK = "\n";

    private HtmlArticle() {}

    /**
     * The article of a page.
     *
     * @throws java.time.DateTimeException when its publication date is not a date
     */
    static RawArticle read(String html, @Nullable String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        String title = firstNonBlank(meta(doc, "og:title"), doc.title());
        String published = firstNonBlank(meta(doc, "article:published_time"),
                attribute(doc.selectFirst("time[datetime]"), "datetime"));
        String url = firstNonBlank(attribute(doc.selectFirst("link[rel=canonical]"), "abs:href"), meta(doc, "og:url"));
        String source = meta(doc, "og:site_name");
        doc.select(NOISE).remove();
        Element root = firstNonNull(doc.selectFirst("article"), doc.body());
        List<String> paragraphs = new ArrayList<>();
        for (Element block : root.select(BLOCKS)) {
            boolean innermost = block.select(BLOCKS).size() == 1;
            if (innermost && !block.text().isBlank()) {
                paragraphs.add(block.text());
            }
        }
        String text = paragraphs.isEmpty() ? root.text() : String.join(PARAGRAPH_BREAK, paragraphs);
        return new RawArticle(title, text, PublishedDate.parse(published), url, source);
    }

    private static @Nullable String meta(Document doc, String property) {
        Element meta = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return attribute(meta, "content");
    }

    private static @Nullable String attribute(@Nullable Element element, String name) {
        if (element == null) {
            return null;
        }
        String value = element.attr(name);
        return value.isBlank() ? null : value.strip();
    }

    private static @Nullable String firstNonBlank(@Nullable String a, @Nullable String b) {
        return a != null && !a.isBlank() ? a : b == null || b.isBlank() ? null : b;
    }

    private static Element firstNonNull(@Nullable Element a, Element b) {
        return a != null ? a : b;
    }
}
