package org.maydan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What {@link HtmlArticle} takes from a saved page. */
class HtmlArticleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            meta date wins over time   | <meta property='article:published_time' content='2019-05-06T08:00:00+03:00'> | <time datetime='2019-05-07'>أمس</time> | 2019-05-06
            time element without meta  | <meta charset='utf-8'>                                                         | <time datetime='2019-05-07'>أمس</time> | 2019-05-07
            no date                    | <meta charset='utf-8'>                                                         | أمس                                     | -
            """)
    void thePublicationDateComesFromMetaOrTime(String name, String head, String inParagraph, LocalDate published) {
        RawArticle article = HtmlArticle.read(page(head, "<p>خبر " + inParagraph + "</p>"), null);

        assertThat(article.published()).isEqualTo(published);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            canonical link | <link rel='canonical' href='https://example.org/a'> | https://example.org/a
            og:url         | <meta property='og:url' content='https://example.org/b'> | https://example.org/b
            none           | <meta charset='utf-8'>                                | -
            """)
    void theAddressIsTheCanonicalOne(String name, String head, String url) {
        assertThat(HtmlArticle.read(page(head, "<p>خبر</p>"), null).url()).isEqualTo(url);
    }

    @Test
    void theTextIsTheParagraphsWithoutScriptsOrNavigation() {
        RawArticle article = HtmlArticle.read(page("<script>var s = 'قصف';</script>",
                "<nav>الرئيسية</nav><article><h1>عنوان الخبر</h1><p>الفقرة <b>الأولى</b>.</p><div><p>الثانية.</p></div>"
                        + "</article><footer>حقوق</footer>"), null);

        assertThat(article.title()).isEqualTo("صفحة");
        assertThat(article.text()).isEqualTo("عنوان الخبر\nالفقرة الأولى.\nالثانية.");
    }

    private static String page(String head, String body) {
        return "<html><head><title>صفحة</title>" + head + "</head><body>" + body + "</body></html>";
    }
}
