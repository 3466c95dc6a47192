package org.maydan.gazetteer.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loose keys and their vowel skeletons (emphatic and interdental letters written plain), under which news spellings of a name meet. */
class LooseKeysTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            كفرنبيل  | كفرنبل
            كفرنبل   | كفرنبل
            كباني    | كبن*
            كبانه    | كبن*
            معرتحرمه | معرتحرم*
            اورم     | ارم
            المسطومه | مستم*
            مستومه   | مستم*
            صوران    | سرن
            ذيبان    | دبن
            """)
    void theVowelSkeletonDropsInnerLongVowelsAndKeepsTheFoldedEnd(String normalized, String skeleton) {
        assertThat(LooseKeys.vowelSkeleton(LooseKeys.of(normalized))).isEqualTo(skeleton);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            جسر الشغور      | جسرالشغور
            قلعه المضيق     | قلعهالمضيق
            دير الزور       | ديرالزور
            هشام بن عبد الملك | هشام بن عبدالملك
            كفر نبل         |
            تل الصخر        |
            دير ال          |
            دير ال حمرا     |
            """)
    void aSpaceBeforeTheArticleAfterALetterThatDoesNotJoinMayBeDropped(String normalized, String joined) {
        assertThat(LooseKeys.joinedBeforeArticle(normalized)).isEqualTo(joined);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            مطار دير الزور العسكري | مطار ديرالزورالعسكري;مطار دير الزورالعسكري;مطار ديرالزور العسكري
            جسر الشغور             | جسرالشغور
            كفر نبل                | ''
            """)
    void eachJoinableSpaceMayBeDroppedAlone(String normalized, String variants) {
        assertThat(LooseKeys.joinedVariants(normalized))
                .containsExactlyInAnyOrder(variants.isEmpty() ? new String[0] : variants.split(";"));
    }
}
