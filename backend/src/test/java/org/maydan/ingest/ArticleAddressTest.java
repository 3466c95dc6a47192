package org.maydan.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.maydan.system.BadRequestException;

/** Addresses as news sites publish them become RFC 3986 addresses; the address as sent is kept. */
class ArticleAddressTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " -> ", textBlock = """
            # sent -> stored
            https://example.org/news/1 -> https://example.org/news/1
            https://example.org/a"b"-c.html -> https://example.org/a%22b%22-c.html
            https://example.org/أخبار/قصف -> https://example.org/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D9%82%D8%B5%D9%81
            https://example.org/a b?q=x y#frag ment -> https://example.org/a%20b?q=x%20y#frag%20ment
            https://example.org/already%20encoded%D8%A3 -> https://example.org/already%20encoded%D8%A3
            https://example.org/100%/sure -> https://example.org/100%25/sure
            https://example.org/p?a=1#x#y -> https://example.org/p?a=1#x%23y
            https://example.org/{id}|x^` -> https://example.org/%7Bid%7D%7Cx%5E%60
            HTTPS://Example.ORG:8443/Path -> https://example.org:8443/Path
            https://مثال.إختبار/صفحة -> https://xn--mgbh0fb.xn--kgbechtv/%D8%B5%D9%81%D8%AD%D8%A9
            http://user@example.org/a -> http://user@example.org/a
            """)
    void anAddressIsStoredInRfc3986FormAndKeptAsSent(String sent, String stored) {
        ArticleAddress address = ArticleAddress.of(sent);

        assertThat(address.url()).isEqualTo(stored);
        assertThat(address.sent()).isEqualTo(sent);
        assertThat(URI.create(address.url()).getHost()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/a", "example.org/a", "https://", "https:///path", "javascript:alert(1)",
            "https://exa mple.org/", "mailto:desk@example.org"})
    void whatIsNoHttpAddressIsRefusedNamingTheField(String sent) {
        assertThatThrownBy(() -> ArticleAddress.of(sent))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.parameter()).isEqualTo("url"));
    }
}
