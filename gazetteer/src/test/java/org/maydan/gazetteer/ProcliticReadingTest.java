package org.maydan.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the geoparser reads proclitics before names, over a gazetteer of three places of our own
 * (proclitic-places.tsv): the article after ل, a name hidden in a longer known word, a short stem.
 */
class ProcliticReadingTest {

    private static Geoparser geoparser;

    @BeforeAll
    static void load() throws IOException, URISyntaxException {
        Path places = Path.of(ProcliticReadingTest.class.getResource("proclitic-places.tsv").toURI());
        geoparser = new Geoparser(Gazetteer.load(GazetteerConfig.onlySources(places)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قصفت الطائرات للرقة                | الرقة   | ل
            وصلت التعزيزات وللرقة              | الرقة   | ول
            قصفت الطائرات بالرقة               | الرقة   | ب
            وصلت التعزيزات إلى بنان            | بنان    | ''
            قصفت المدفعية بلدتي الرقة وبنان    | بنان    | و
            سيطرت القوات على وتل رفعت          | تل رفعت | و
            """)
    void readsANameAfterItsProclitics(String text, String surface, String prefix) {
        assertThat(geoparser.parse(text)).filteredOn(t -> t.surface().equals(surface)).singleElement()
                .satisfies(t -> assertThat(t.prefix()).isEqualTo(prefix));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            عاد الوفد إلى لبنان أمس
            وصل الوفد للبنان أمس
            يقيم في لبنان وسوريا
            قال مسؤول ولبنان يراقب
            """)
    void readsNoProcliticOffAWordThatIsItselfKnown(String text) {
        assertThat(geoparser.parse(text)).isEmpty();
    }

    @Test
    void lamAndTheArticleNameThePlaceOnceWithItsArticle() {
        String text = "قصفت الطائرات للرقة صباحا. وفي الرقة قتل مدنيان.";

        assertThat(geoparser.places(text)).singleElement().satisfies(t -> {
            assertThat(t.surface()).isEqualTo("الرقة");
            assertThat(text.substring(t.start(), t.end())).isEqualTo("لرقة");
        });
    }
}
