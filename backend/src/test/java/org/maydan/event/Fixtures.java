package org.maydan.event;

import java.time.LocalDate;
import org.maydan.article.NewArticle;

/** Builders of small events and articles written for tests (our own short Arabic sentences). */
final class Fixtures {

    static final EventPlace KAFR_NABUDAH = place("ocha:C3209", "Kafr Nabudah", "كفر نبودة", "Hama", 35.432232, 36.490839);
    static final EventPlace KABANI = place("ocha:C3751", "Kabani", "كباني", "Lattakia", 35.718709, 36.233140);
    static final EventPlace SARAQIB = place("ocha:C3916", "Saraqib", "سراقب", "Idleb", 35.861105, 36.806110);
    /** Outside the test box (west of 35.9°E). */
    static final EventPlace LATTAKIA = place("ocha:C3478", "Lattakia", "اللاذقية", "Lattakia", 35.5236, 35.7908);

    static final String SENTENCE = "قصفت المدفعية أطراف البلدة صباح اليوم.";

    private Fixtures() {}

    static EventPlace place(String ref, String name, String nameAr, String admin1, double lat, double lon) {
        return new EventPlace(ref, name, nameAr, admin1, null, lat, lon);
    }

    static NewEvent event(SubEventType type, EventPlace place, String date) {
        return new NewEvent(type, place, LocalDate.parse(date), NewEvent.EXACT, NewEvent.EXACT);
    }

    /** A report with its own confidence ({@code null}: none), its date left open when {@code approximate}. */
    static NewEvent event(SubEventType type, EventPlace place, String date, Double confidence, boolean approximate) {
        return new NewEvent(type, place, LocalDate.parse(date), approximate ? 2 : NewEvent.EXACT, NewEvent.EXACT,
                confidence, approximate);
    }

    static NewArticle article(String source, String text) {
        return new NewArticle(null, "عنوان تجريبي", source, LocalDate.parse("2019-05-01"), text);
    }

    static Evidence evidence(long articleId, Integer fatalities) {
        return evidence(articleId, 0, fatalities);
    }

    static Evidence evidence(long articleId, int sentenceStart, Integer fatalities) {
        return evidence(articleId, sentenceStart, SENTENCE, fatalities);
    }

    static Evidence evidence(long articleId, int sentenceStart, String sentence, Integer fatalities) {
        return new Evidence(articleId, sentence, new Span(sentenceStart, sentenceStart + sentence.length()),
                new Span(sentenceStart + 20, sentenceStart + 26), new Span(sentenceStart, sentenceStart + 4),
                fatalities);
    }
}
