package org.maydan.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.maydan.event.SubEventType;

/**
 * Adjacent triggers of a sentence over tokens {@code [start, end)}, the event types they name and
 * the places given to them. Filled in by {@link TriggerGrouping} while one sentence is read.
 */
final class TriggerGroup {

    /** The strength of an elaborating group: its kind is the sentence before's, its toll its own. */
    static final double STRENGTH_ELABORATION = 0.7;

    final int start;
    int end;
    final Set<SubEventType> types = EnumSet.noneOf(SubEventType.class);
    final List<PlaceMention> places = new ArrayList<>();
    /** The tokens of the words that name the event(s): the group's first trigger. */
    int triggerStart;
    int triggerEnd;
    /** A relative clause's group: dated only by a date inside the clause. */
    boolean undated;
    /** The places were not named with the trigger but taken from context. */
    boolean inferredPlace;
    /** How strongly the group's words name its types: the strongest of its triggers (0..1). */
    double strength;
    /** The sentence tells background (وكان، يشار إلى): no tally over a whole governorate. */
    boolean background;
    /** The group elaborates the one before: a toll at places, with no trigger of its own. */
    boolean elaborating;
    /** The group stands in a headline, which sums up the article. */
    boolean headline;
    /** The group tells how ground named before it was taken ("سيطرت ... بعد القصف"): it happened earlier. */
    boolean means;

    TriggerGroup(int start, int end) {
        this.start = start;
        this.end = end;
    }

    /**
     * A sentence without a trigger that reports a toll at places elaborates the event before it
     * ("وقتل تسعة أشخاص في بلدة X" after a report of air strikes): a group of those types at the
     * sentence's start.
     */
    static TriggerGroup elaborating(int sentenceStart, Set<SubEventType> types, List<PlaceMention> places) {
        TriggerGroup g = new TriggerGroup(sentenceStart, sentenceStart);
        g.types.addAll(types);
        g.places.addAll(places);
        g.triggerStart = sentenceStart;
        g.triggerEnd = sentenceStart;
        g.elaborating = true;
        g.strength = STRENGTH_ELABORATION;
        return g;
    }
}
