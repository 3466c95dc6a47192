package org.maydan.gazetteer.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which lines link to other articles: a "read also" line, and the headline under a lone marker. */
class RelatedLinksTest {

    private static boolean related(String text, String word) {
        return RelatedLinks.isRelatedLink(text, text.indexOf(word));
    }

    @Test
    void aReadAlsoLineAndTheHeadlineUnderALoneMarkerLinkElsewhere() {
        String text = "قصفت الطائرات سراقب اليوم.\nإقرأ أيضاً: غارات على كفرنبل\nوقتل مدني في سراقب.\n\nشاهد أيضاً\n\nقصف على تلمنس";
        assertThat(related(text, "كفرنبل")).isTrue();
        assertThat(related(text, "تلمنس")).isTrue();
        assertThat(related(text, "سراقب")).isFalse();
        assertThat(related(text, "وقتل")).isFalse();
    }

    @Test
    void aMarkerInsideALineIsNoLink() {
        assertThat(related("قال المتحدث إن على الجميع أن يقرأ أيضاً بيان كفرنبل", "كفرنبل")).isFalse();
        assertThat(related("كفرنبل تحت القصف", "كفرنبل")).isFalse();
    }

    @Test
    void theMarkerIsKnownInEverySpellingThatNormalizesToIt() {
        for (String marker : new String[] {"اقرأ أيضا", "أقرأ أيضاً", "- إقرأ ايضاً", "\u200Fاقرأ أيضاً", "اِقرأ أيضاً",
                "شاهد أيضاً", "  شَاهد أيضا"}) {
            String text = "مقدمة الخبر.\n" + marker + ": قصف على كفرنبل";
            assertThat(related(text, "كفرنبل")).as(marker).isTrue();
        }
        for (String opening : new String[] {"اقتحام", "الشاهد", "شهد", "أقرت"}) {
            String text = "مقدمة الخبر.\n" + opening + " أيضاً قصف على كفرنبل";
            assertThat(related(text, "كفرنبل")).as(opening).isFalse();
        }
    }
}
