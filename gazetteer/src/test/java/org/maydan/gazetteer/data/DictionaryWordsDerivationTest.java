package org.maydan.gazetteer.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maydan.gazetteer.match.Lexicon;
import org.maydan.gazetteer.text.ArabicNormalizer;

/**
 * The derivation's reading of a form against a dictionary stem, without the dictionary itself: a
 * place stem's relative adjective is a word, the place with an article or ending is not.
 */
class DictionaryWordsDerivationTest {

    @ParameterizedTest(name = "{0} of {1}: {2}")
    @CsvSource({
        "المصرية,  مصر,    true",   // the Egyptian (feminine), as in العاصمة المصرية
        "مصري,     مصر,    true",
        "المصريين, مصر,    true",
        "السوري,   سوريا,  true",   // the stem's final alef drops before the ending
        "السوريون, سوريا,  true",
        "القاهري,  قاهرة,  true",   // the final ta marbuta drops too
        "مصر,      مصر,    false",  // the place itself
        "المصر,    مصر,    false",
        "مصرف,     مصر,    false",  // another word that only starts with the stem
    })
    void aPlaceStemsRelativeAdjectiveIsAWord(String word, String stem, boolean adjective) {
        assertThat(DictionaryWordsDerivation.isRelativeAdjective(word, stem)).isEqualTo(adjective);
    }

    @Test
    void theShippedListCountsRelativeAdjectivesOfCountriesAsWords() {
        for (String word : new String[] {"المصرية", "العراقية", "القطري", "الكويتي"}) {
            assertThat(Lexicon.shipped().isCommonWord(ArabicNormalizer.normalize(word))).as(word).isTrue();
        }
    }
}
