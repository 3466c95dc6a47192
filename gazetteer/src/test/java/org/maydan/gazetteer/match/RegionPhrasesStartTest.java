package org.maydan.gazetteer.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maydan.gazetteer.text.ArabicNormalizer;

/**
 * {@link RegionPhrases#mayStart} is the per-word gate of the scan: every head a region phrase can
 * have must pass it, and the words of ordinary prose must not.
 */
class RegionPhrasesStartTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ريف", "بريف", "وبريف", "الريف", "للريف", "أرياف", "وريفها", "وريفه", "شمال", "بشمال",
        "وجنوب", "شرقي", "الشمال", "غرب"})
    void headsOfRegionPhrasesPass(String word) {
        assertThat(RegionPhrases.mayStart(ArabicNormalizer.normalize(word))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"قصفت", "الطائرات", "مدينة", "بلدة", "وقال", "بيان", "شمالا"})
    void otherWordsDoNot(String word) {
        assertThat(RegionPhrases.mayStart(ArabicNormalizer.normalize(word))).isFalse();
    }
}
