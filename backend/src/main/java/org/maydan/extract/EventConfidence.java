package org.maydan.extract;

/**
 * How much to trust an extracted event, 0..1: the product of four factors, each 1 when the text
 * leaves no doubt about it.
 * <ul>
 *   <li>the place: the geoparser's confidence in the name ({@code Toponym.confidence()}: the cue
 *       that made it a place and the margin over other candidates);</li>
 *   <li>the trigger: how strongly its words name the kind ({@link EventClassifier.Trigger#strength()},
 *       {@link TriggerGroup#STRENGTH_ELABORATION});</li>
 *   <li>the place's role: in the trigger's own clause, in a clause linked to it, or taken from
 *       context ({@code ROLE_} constants);</li>
 *   <li>the date: written in the sentence, inferred from the article, or left open
 *       ({@code DATE_} constants).</li>
 * </ul>
 * Merged mentions of one event keep the highest confidence among them.
 */
final class EventConfidence {

    /** The place is in the trigger's clause: "قصفت الطائرات بلدة X". */
    static final double ROLE_OWN_CLAUSE = 1.0;
    /** In another clause of the sentence linked to it: a list continued after a comma, "قتل اثنان في X، بقصف". */
    static final double ROLE_LINKED_CLAUSE = 0.9;
    /** Taken from context: an anaphor (البلدة), the group or sentence before. */
    static final double ROLE_CONTEXT = 0.75;
    /** An agreement with no place of its own, placed at the article's first place. */
    static final double ROLE_ARTICLE_PLACE = 0.6;
    /** The sentence writes the date (أمس، يوم الخميس، 18 أيار). */
    static final double DATE_WRITTEN = 1.0;
    /** The date is the article's first written day or a quoted tweet's day. */
    static final double DATE_INFERRED = 0.9;
    /** The text leaves the time open: the publication day is only the latest possible day. */
    static final double DATE_OPEN = 0.75;
    /** Confidence is written with this many decimals. */
    private static final double ROUNDING = 1000.0;

    private EventConfidence() {
    }

    /** The confidence of an event at {@code place} named with {@code strength}, in {@code role}, dated {@code when}. */
    static double of(PlaceMention place, double strength, double role, EventDate when) {
        double date = when.approximate() ? DATE_OPEN : when.explicit() ? DATE_WRITTEN : DATE_INFERRED;
        double product = clamp(place.place().confidence()) * clamp(strength) * role * date;
        return Math.round(product * ROUNDING) / ROUNDING;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
