package org.maydan.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.maydan.event.EventType;
import org.maydan.event.SubEventType;
import org.maydan.gazetteer.Toponym;
import org.maydan.gazetteer.text.Token;
import org.maydan.gazetteer.text.WordTable;

/**
 * Groups the triggers of a sentence and gives each group its places. Each group (adjacent
 * triggers) takes the places after it up to the next group, or the places before it when it opens
 * the sentence; coordination (كفرنبل وكورة وسحال) gives one event per place. A group with no place
 * of its own takes the previous group's places in the sentence, then an anaphor (البلدة) a town
 * named earlier in its sentence, else the last one before; an agreement takes the article's first
 * place.
 */
final class TriggerGrouping {

    /** Most tokens between two triggers of one group. */
    static final int GROUP_GAP = 4;
    /** كما, "and also". */
    private static final String ALSO = "كما";
    /** The preposition ب opening an instrument (بقصف صاروخي) and the pronoun suffix ها (قصفها). */
    private static final String WITH = "ب";
    private static final String HER = "ها";
    private static final WordTable WORDS = WordTable.load(TriggerGrouping.class, "places.tsv");
    private static final String IN = WORDS.word("IN");
    private static final Set<String> OBJECT_PRONOUN = WORDS.words("OBJECT_PRONOUN");
    private static final String BETWEEN = WORDS.word("BETWEEN");
    /** The preposition ل of that complement. */
    private static final String TO = "ل";
    /** Most tokens between a verb of control and its pronoun object (سيطرة قوات الأسد عليه). */
    private static final int PRONOUN_OBJECT_WINDOW = 4;

    private final List<Token> tokens;
    private final @Nullable PlaceMention firstPlace;
    /** Every place mention of the article, in text order (empty: only a sentence's own are known). */
    private final List<PlaceMention> mentions;

    /** Over the article's tokens; {@code firstPlace} is the article's first place mention, if any. */
    TriggerGrouping(List<Token> tokens, @Nullable PlaceMention firstPlace) {
        this(tokens, firstPlace, List.of());
    }

    /** Over the article's tokens and all its place mentions, in text order. */
    TriggerGrouping(List<Token> tokens, @Nullable PlaceMention firstPlace, List<PlaceMention> mentions) {
        this.tokens = tokens;
        this.firstPlace = firstPlace;
        this.mentions = mentions;
    }

    /**
     * The trigger groups of a sentence: adjacent triggers (at most {@value #GROUP_GAP} tokens apart,
     * in one clause, no place nor كما between them) make one group of all their types. كما ("and
     * also") opens a predication of its own, often without a comma (قصفت المدفعية X كما قصفت
     * الطائرات Y: Y is the aircraft's).
     */
    List<TriggerGroup> groups(List<EventClassifier.Trigger> triggers, List<PlaceMention> places) {
        List<TriggerGroup> out = new ArrayList<>();
        TriggerGroup current = null;
        for (EventClassifier.Trigger t : triggers) {
            if (t.types().isEmpty()) {
                continue;
            }
            boolean placeBetween = false;
            if (current != null) {
                for (PlaceMention p : places) {
                    placeBetween |= p.from() >= current.end && p.from() < t.start();
                }
            }
            boolean otherClause = current != null && (tokens.get(t.start()).clause() != tokens.get(current.end - 1).clause()
                    || alsoBetween(tokens, current.end, t.start()));
            if (current == null || placeBetween || otherClause || t.start() - current.end > GROUP_GAP) {
                current = new TriggerGroup(t.start(), t.end());
                current.triggerStart = t.start();
                current.triggerEnd = t.end();
                out.add(current);
            }
            current.end = Math.max(current.end, t.end());
            current.types.addAll(t.types());
            current.strength = Math.max(current.strength, t.strength());
        }
        return out;
    }

    /** Whether the word كما ("and also", which opens a predication of its own) stands in tokens [from, to). */
    static boolean alsoBetween(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).is(ALSO)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gives each place of the sentence to the last group before it, or to the first group when it
     * leads into it ({@link #leadsInto}); a relative clause (التي سيطر عليها) takes its antecedent only,
     * and its group is dated only by a date inside the clause.
     */
    void assign(List<TriggerGroup> groups, List<PlaceMention> places, List<CueLexicon.Match> ms) {
        if (groups.isEmpty()) {
            return;
        }
        for (PlaceMention p : places) {
            TriggerGroup owner = null;
            for (TriggerGroup g : groups) {
                if (g.start < p.from()) {
                    owner = g;
                }
            }
            if (owner != null && (contrasted(owner, p, ms) || pronounObjectElsewhere(owner, p)
                    || p.from() >= tallyFrom(owner, ms))) {
                continue;
            }
            if (owner == null && leadsInto(p, groups.get(0), ms)) {
                owner = groups.get(0);
            }
            if (owner != null) {
                owner.places.add(p);
            }
        }
        for (TriggerGroup g : groups) {
            PlaceMention antecedent = relativeAntecedent(g, places, ms);
            if (antecedent != null) {
                g.places.clear();
                if (places.contains(antecedent)) {
                    g.places.add(antecedent);
                }
                g.undated = true;
            }
        }
    }

    /**
     * Drops the groups right after "amid" (وسط قصف متبادل، في ظل غارات جوية) that were given no place
     * of their own, when the sentence has another group: the fighting or shelling around the event
     * it reports (سيطرت الفصائل على X وسط قصف متبادل), which the gold leaves out as generic. Amid
     * fighting with its own places (وسط اشتباكات على محاور ... مزرعة X) is an event there. Not in
     * brackets, where وسط is a region (محافظة حماة (وسط)).
     */
    void dropCircumstances(List<TriggerGroup> groups, List<CueLexicon.Match> ms) {
        if (groups.size() < 2) {
            return;
        }
        List<TriggerGroup> amid = new ArrayList<>();
        for (TriggerGroup g : groups) {
            for (CueLexicon.Match c : ms) {
                if (c.cue() == Cue.AMID && c.end() == g.triggerStart && g.places.isEmpty()
                        && !tokens.get(c.start()).inParentheses()) {
                    amid.add(g);
                }
            }
        }
        if (amid.size() < groups.size()) {
            groups.removeAll(amid);
        }
    }

    /**
     * A place before the sentence's first trigger belongs to it when in the same clause, or when its
     * clause reports casualties and a clause opened by a causal word (بعد، إثر، جراء) or by the trigger with ب links them: "مقتل 9 في X،
     * بعد غارات", "قتل اثنان في X، بقصف صاروخي".
     */
    private boolean leadsInto(PlaceMention p, TriggerGroup first, List<CueLexicon.Match> ms) {
        int placeClause = tokens.get(p.from()).clause();
        int triggerClause = tokens.get(first.start).clause();
        if (seat(p, ms) && !first.types.contains(SubEventType.AGREEMENT)) {
            return false;
        }
        if (placeClause == triggerClause) {
            return true;
        }
        // تعرضت بلدات X وY في ريف حلب، لقصف جوي: the comma before the complement of undergoing
        if (triggerClause == placeClause + 1 && opensClause(first.start)
                && tokens.get(first.start).normalized().startsWith(TO) && TriggerFilter.undergoneBefore(tokens, p.from(), false)) {
            return true;
        }
        boolean casualties = false;
        for (CueLexicon.Match c : ms) {
            casualties |= (c.cue() == Cue.KILLED || c.cue() == Cue.INJURED) && tokens.get(c.start()).clause() == placeClause;
        }
        if (!casualties) {
            return false;
        }
        boolean instrumental = tokens.get(first.start).normalized().startsWith(WITH) && opensClause(first.start);
        if (instrumental && triggerClause > placeClause) {
            return true;
        }
        for (CueLexicon.Match c : ms) {
            int clause = tokens.get(c.start()).clause();
            if (c.cue() == Cue.CAUSAL && opensClause(c.start()) && clause > placeClause
                    && clause <= triggerClause) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a tally joined to the group's report starts, or {@link Integer#MAX_VALUE}: a span counting
     * several days in a later clause (CountedSpan), or the running total before it (قصفت المدفعية
     * X، وبذلك يرتفع إلى 300 عدد القذائف خلال 12 يوماً على قرى مثل Y وZ). The places from there on are
     * the tally's, not the group's.
     */
    private int tallyFrom(TriggerGroup g, List<CueLexicon.Match> ms) {
        int clause = tokens.get(g.start).clause();
        int total = Integer.MAX_VALUE;
        for (CueLexicon.Match c : ms) {
            if (c.start() <= g.start) {
                continue;
            }
            if (c.cue() == Cue.RUNNING_TOTAL && total == Integer.MAX_VALUE) {
                total = c.start();
            } else if (c.cue() == Cue.SPAN && tokens.get(c.start()).clause() != clause && CountedSpan.counts(c, tokens)) {
                return Math.min(total, c.start());
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * "الفصائل في مدينة X قصفت ...": a place right after the actor that is the subject (before its
     * verb) is the actor's seat, not the scene; for an agreement it is the area the deal covers.
     */
    private boolean seat(PlaceMention p, List<CueLexicon.Match> ms) {
        int at = p.from() - 1;
        if (at >= 0 && p.cue() == Toponym.Cue.SETTLEMENT_NOUN) {
            at--;
        }
        boolean in = at >= 0 && tokens.get(at).is(IN);
        int actorEnd = in ? at : p.from();
        for (CueLexicon.Match c : ms) {
            if (c.cue().isActor() && c.end() == actorEnd && (in || tokens.get(p.from()).normalized().startsWith(WITH))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A place after a contrasting connective (بينما، في حين، لكن; not فيما بين, "between") belongs
     * to what that clause says, not to the group before it.
     */
    private boolean contrasted(TriggerGroup g, PlaceMention p, List<CueLexicon.Match> ms) {
        for (CueLexicon.Match c : ms) {
            if (c.cue() == Cue.CONNECTIVE && c.start() >= g.end && c.end() <= p.from()
                    && !(c.end() < tokens.size() && tokens.get(c.end()).normalized().startsWith(BETWEEN))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "وبسيطرة قوات الأسد عليه، أصبحت محافظة درعا ...": ground taken with a pronoun object (عليه،
     * عليها) is a place named before; places in later clauses are not what was taken.
     */
    private boolean pronounObjectElsewhere(TriggerGroup g, PlaceMention p) {
        if (!g.types.contains(SubEventType.GOVERNMENT_REGAINS_TERRITORY)
                && !g.types.contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY)) {
            return false;
        }
        for (int i = g.end; i < Math.min(p.from(), g.end + PRONOUN_OBJECT_WINDOW); i++) {
            if (WordTable.isAny(tokens.get(i), OBJECT_PRONOUN)) {
                return tokens.get(i).clause() != tokens.get(p.from()).clause();
            }
        }
        return false;
    }

    /** The group's first trigger follows a causal word: "بعد القصف"، "عقب اشتباكات"، "إثر غارات". */
    boolean followsCause(TriggerGroup g, List<CueLexicon.Match> ms) {
        for (CueLexicon.Match c : ms) {
            if (c.cue() == Cue.CAUSAL && c.end() == g.triggerStart) {
                return true;
            }
        }
        return false;
    }

    private boolean opensClause(int at) {
        return at == 0 || tokens.get(at - 1).clause() != tokens.get(at).clause();
    }

    /**
     * "في بلدة النيرب بريف إدلب التي سيطر عليها النظام": the relative clause is about the place
     * before it, the head of the places that end right before التي (a place and the unit it lies in).
     */
    private @Nullable PlaceMention relativeAntecedent(TriggerGroup g, List<PlaceMention> places, List<CueLexicon.Match> ms) {
        List<PlaceMention> all = mentions.isEmpty() ? places : mentions;
        for (CueLexicon.Match r : ms) {
            if (r.cue() == Cue.RELATIVE && r.end() == g.start) {
                for (int i = 0; i < all.size(); i++) {
                    PlaceMention p = all.get(i);
                    if (p.to() == r.start() || p.to() == r.start() - 1) {
                        int head = i;
                        while (head > 0 && all.get(head - 1).to() <= all.get(head).from()
                                && all.get(head).from() - all.get(head - 1).to() <= PlaceMention.CONTAINMENT_GAP) {
                            head--;
                        }
                        return all.get(head);
                    }
                }
            }
        }
        return null;
    }

    private static boolean hasStrategicDevelopment(Set<SubEventType> types) {
        for (SubEventType t : types) {
            if (t.eventType() == EventType.STRATEGIC_DEVELOPMENTS) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gives a group without a place of its own the places of the group before it in the sentence
     * (when in its clause, or referred to by an anaphor or a pronoun), else the town an anaphor
     * (البلدة) refers to, else, for an agreement, the article's first place.
     */
    void fillEmpty(TriggerGroup g, @Nullable TriggerGroup before, List<CueLexicon.Match> ms,
            List<PlaceMention> sentencePlaces, @Nullable PlaceMention lastSpecific) {
        if (!g.places.isEmpty()) {
            return;
        }
        g.inferredPlace = true;
        int clause = tokens.get(g.start).clause();
        // an anaphor anywhere in the sentence: "قصف أحياء المدينة"، "ويترافق ما سبق مع قصف"، "وشهدت البلدة، أمس، مقتل ... بإطلاق نار"
        boolean anaphor = false;
        for (CueLexicon.Match m : ms) {
            anaphor |= m.cue() == Cue.ANAPHOR;
        }
        boolean pronoun = tokens.get(g.triggerStart).normalized().endsWith(HER);
        if (before != null && !before.places.isEmpty() && !hasStrategicDevelopment(before.types)
                && (anaphor || pronoun || tokens.get(before.places.get(before.places.size() - 1).from()).clause() == clause)) {
            g.places.addAll(before.places);
            return;
        }
        if (anaphor) {
            PlaceMention antecedent = lastSpecificBefore(sentencePlaces, g.start);
            if (antecedent == null) {
                antecedent = lastSpecific;
            }
            if (antecedent != null) {
                g.places.add(antecedent);
                return;
            }
        }
        if (g.types.contains(SubEventType.AGREEMENT) && firstPlace != null) {
            g.places.add(firstPlace);
        }
    }

    /**
     * An anaphor (المدينة، البلدة) refers first to a town named earlier in its own sentence, such as the
     * victims' town in "ارتفاع حصيلة مجزرة كفرنبل، بعد غارات استهدفت أحياء المدينة", and only then to
     * one of an earlier sentence.
     */
    private static @Nullable PlaceMention lastSpecificBefore(List<PlaceMention> places, int at) {
        PlaceMention found = null;
        for (PlaceMention p : places) {
            if (p.from() < at && p.isSpecific()) {
                found = p;
            }
        }
        return found;
    }
}
