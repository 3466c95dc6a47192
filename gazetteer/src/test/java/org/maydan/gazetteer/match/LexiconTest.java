package org.maydan.gazetteer.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A word list answers for a word with and without the article, and for nothing else. */
class LexiconTest {

    private static final Lexicon LISTS = new Lexicon(Set.of("حوله", "الذي"), Set.of(),
            Set.of("بيت", "الطريق", "الالتزام"), Set.of("محمد", "العبد"), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "بيت,      true",   // as listed
        "البيت,    true",   // with the article
        "الطريق,   true",   // as listed, with the article
        "طريق,     true",   // without it
        "الالتزام, true",   // as listed
        "التزام,   false",  // a word whose own letters start with ال is not the listed word without its article
        "بيوت,     false",
        "بيت كبير, false",  // one word only
    })
    void aCommonWordIsFoundWithOrWithoutItsArticle(String word, boolean listed) {
        assertThat(LISTS.isCommonWord(word)).isEqualTo(listed);
        assertThat(LISTS.isFunctionWord(word)).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "حوله,   true",   // as listed
        "الحوله, false",  // particles take no article: الحولة is a name, not "around it"
        "الذي,   true",
        "ذي,     true",   // a word listed with the article is also found without it
    })
    void aFunctionWordIsFoundAsWrittenNotWithAnArticleAdded(String word, boolean listed) {
        assertThat(LISTS.isFunctionWord(word)).isEqualTo(listed);
        assertThat(LISTS.isCommonWord(word)).isEqualTo(listed);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "محمد العبد,  true",
        "المحمد عبد, true",
        "محمد علي,   false",
    })
    void aGivenNameIsOneWhoseEveryWordIsListed(String name, boolean given) {
        assertThat(LISTS.isGivenName(name)).isEqualTo(given);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "الكرديه,   true",   // a people's, with the article
        "كرديه,     true",
        "تركماني,   true",
        "التركيه,   true",   // تركيا
        "روسي,      true",   // روسيا
        "المصريه,   true",   // مصر
        "سعوديه,    true",   // السعودية
        "الالمانيه, true",   // ألمانيا, whose hamza folds to look like the article
        "كفريه,     false",  // a village's name, no state's or people's adjective
        "رماديه,    false",  // grey
        "نوي,       false",  // نوى with its final ى folded
        "كردستان,   false",  // no relative ending
    })
    void theAdjectiveOfAStateOrPeopleIsKnown(String word, boolean nationality) {
        assertThat(Lexicon.shipped().isNationalityAdjective(word)).isEqualTo(nationality);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "حرستا,  true",   // a verb only: "they two guarded"
        "قطنا,   true",   // a noun in the accusative only
        "صوران,  true",   // a nominative dual only
        "الضمير, false",  // a noun a preposition may govern (في الضمير)
        "حياه,   false",
        "بيت,    false",  // not a word of the dictionary's list at all
    })
    void theShippedListKnowsWordsNoPrepositionGoverns(String word, boolean ungoverned) {
        assertThat(Lexicon.shipped().isUngovernedWord(word)).isEqualTo(ungoverned);
    }
}
