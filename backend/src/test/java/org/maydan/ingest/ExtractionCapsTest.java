package org.maydan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maydan.article.ArticlePlace;
import org.maydan.event.NewEvent;
import org.maydan.event.EventPlace;
import org.maydan.event.Span;
import org.maydan.event.SubEventType;

/** One article adds at most so many places and events, with evidence of bounded length cut at words. */
class ExtractionCapsTest {

    private static final int MAX_EVIDENCE = 120;
    private static final EventPlace KAFR_NABL = new EventPlace("test:kafr-nabl", "Kafr Nabl", "كفرنبل", "Idleb", null, 35.6, 36.5);

    private final ExtractionCaps caps = new ExtractionCaps(new IngestProperties(1_000_000, 1, 3, 2, MAX_EVIDENCE));

    @Test
    void aLongSentenceIsCutToWholeWordsAroundItsPlaceAndTriggerKeepingItsOffsetsExact() {
        String before = "كلام ".repeat(400);
        String report = "قصفت طائرات حربية بلدة كفرنبل صباح اليوم";
        String text = before + report + " ثم كلام".repeat(400) + ".";
        int trigger = before.length();
        int place = text.indexOf("كفرنبل");
        Finding finding = finding(text, new Span(0, text.length()), new Span(place, place + 6),
                new Span(trigger, trigger + 4));

        Finding cut = caps.apply(text, output(List.of(), List.of(finding))).output().findings().get(0);

        assertThat(cut.sentence().length()).isLessThanOrEqualTo(MAX_EVIDENCE);
        assertThat(cut.sentence()).contains(report).doesNotStartWith(" ").doesNotEndWith(" ");
        assertThat(text.substring(cut.sentenceSpan().start(), cut.sentenceSpan().end())).isEqualTo(cut.sentence());
        assertThat(Character.isWhitespace(text.charAt(cut.sentenceSpan().start() - 1))).isTrue();
        assertThat(Character.isWhitespace(text.charAt(cut.sentenceSpan().end()))).isTrue();
        assertThat(cut.placeSpan()).isEqualTo(finding.placeSpan());
        assertThat(cut.triggerSpan()).isEqualTo(finding.triggerSpan());
    }

    @Test
    void aTriggerTooFarFromItsPlaceIsDroppedAndThePlaceKept() {
        String text = "قصفت " + "كلام ".repeat(100) + "كفرنبل " + "كلام ".repeat(100);
        int place = text.indexOf("كفرنبل");
        Finding finding = finding(text, new Span(0, text.length()), new Span(place, place + 6), new Span(0, 4));

        Finding cut = caps.apply(text, output(List.of(), List.of(finding))).output().findings().get(0);

        assertThat(cut.sentence()).contains("كفرنبل").hasSizeLessThanOrEqualTo(MAX_EVIDENCE);
        assertThat(cut.triggerSpan()).isNull();
    }

    @Test
    void aShortSentenceIsLeftAlone() {
        String text = "قصفت طائرات بلدة كفرنبل.";
        Finding finding = finding(text, new Span(0, text.length()), new Span(17, 23), null);

        assertThat(caps.apply(text, output(List.of(), List.of(finding))).output().findings()).containsExactly(finding);
    }

    @Test
    void eventsBeyondTheCapAreLeftOutAndCountedAndThePlacesCappedAfterMerging() {
        String text = "نص";
        List<Finding> findings = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            findings.add(new Finding(new NewEvent(SubEventType.SHELLING_ARTILLERY_MISSILE, KAFR_NABL,
                    LocalDate.of(2019, 5, day), 1, 1), text, new Span(0, 2), new Span(0, 2), null, null));
        }
        List<ArticlePlace> places = List.of(place("a", 0), place("b", 5), place("a", 9), place("c", 12));

        ExtractionCaps.Bounded bounded = caps.apply(text, output(places, findings));

        assertThat(bounded.output().findings()).containsExactlyElementsOf(findings.subList(0, 3));
        assertThat(bounded.eventsLeftOut()).isEqualTo(2);
        assertThat(bounded.output().places()).extracting(ArticlePlace::ref, ArticlePlace::mentions)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 2), org.assertj.core.groups.Tuple.tuple("b", 1));
    }

    private static Finding finding(String text, Span sentence, Span place, Span trigger) {
        return new Finding(new NewEvent(SubEventType.AIR_DRONE_STRIKE, KAFR_NABL, LocalDate.of(2019, 5, 6), 1, 1),
                text.substring(sentence.start(), sentence.end()), sentence, place, trigger, null);
    }

    private static ArticlePlace place(String ref, int start) {
        return new ArticlePlace(ref, ref, ref, ref, "village", 35.0, 36.0, 0.9, start, start + 1);
    }

    private static Pipeline.Output output(List<ArticlePlace> places, List<Finding> findings) {
        return new Pipeline.Output(places, findings);
    }
}
