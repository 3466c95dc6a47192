package org.maydan.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.maydan.event.EventType;
import org.maydan.event.SubEventType;
import org.maydan.gazetteer.text.Token;
import org.maydan.gazetteer.text.WordTable;

/**
 * Turns the trigger phrases of one sentence into typed triggers. Drops a trigger that is negated
 * (لم، لا within {@value #NEGATION_WINDOW} tokens before in its clause, unless إلا intervenes), planned or future
 * (محاولة، بهدف، ستتواصل within {@value #PLAN_WINDOW} tokens before in its clause), a tally over a period
 * (منذ بدء الحملة، خلال أشهر، منذ X حتى Y), a state of control (مناطق سيطرة، التي تسيطر عليها), a
 * purpose (للسيطرة، لصد، لاستعادة السيطرة) or backing for another attack (مدعوما بالطيران). Then
 * resolves each kind: a generic strike takes the instruments of its clause, else of its sentence
 * (or the sentence before, else shelling); "قصف مماثل" those of the sentence before; missiles alone
 * are shelling unless aircraft are named; a غارة by rebels is a raid (armed clash); gunfire against
 * civilians is an attack; and territory goes to the actor who took it. Each trigger gets a strength
 * ({@code STRENGTH_} constants) for the event's confidence.
 */
final class EventClassifier {

    /**
     * A trigger over tokens [start, end), the sub-event types it stands for and how strongly its
     * words name them (0..1, one of the {@code STRENGTH_} constants).
     */
    record Trigger(int start, int end, Cue cue, Set<SubEventType> types, double strength) {

        Trigger(int start, int end, Cue cue, Set<SubEventType> types) {
            this(start, end, cue, types, STRENGTH_NAMED);
        }
    }

    /** Words that name the kind of event themselves: غارات جوية، قذائف، اشتباكات، سيطرت الفصائل. */
    static final double STRENGTH_NAMED = 1.0;
    /** A generic strike (قصف، استهدف) whose kind an instrument of its sentence names. */
    static final double STRENGTH_INSTRUMENT_NEARBY = 0.9;
    /** A generic strike or "قصف مماثل" whose kind comes from the sentence before. */
    static final double STRENGTH_INSTRUMENT_BEFORE = 0.75;
    /** A generic strike with no instrument anywhere: read as shelling by default. */
    static final double STRENGTH_DEFAULT_KIND = 0.6;
    /** Ground taken by an actor the text does not name near it: which side took it is a guess. */
    static final double STRENGTH_UNKNOWN_ACTOR = 0.7;

    private static final int NEGATION_WINDOW = 5;
    private static final int PLAN_WINDOW = 6;
    private static final int ACTOR_AFTER_WINDOW = 3;
    private static final int MIN_FUTURE_LENGTH = 5;
    /** Most tokens between a word of backing (مدعوما، بدعم) and the instrument it introduces. */
    private static final int SUPPORT_WINDOW = 3;
    /** Nouns that look like a future verb (سيطرة، سيارة، سنوات): their openings. */
    private static final String[] NOT_FUTURE = WordTable.load(EventClassifier.class, "verbs.tsv").array("NOT_FUTURE");
    private static final Set<SubEventType> INSTRUMENTS = EnumSet.of(SubEventType.AIR_DRONE_STRIKE,
            SubEventType.SHELLING_ARTILLERY_MISSILE, SubEventType.CHEMICAL_WEAPON);

    private static final Comparator<CueLexicon.Match> BY_START_THEN_LONGEST =
            Comparator.comparingInt(CueLexicon.Match::start).thenComparingInt(m -> m.start() - m.end());

    private final List<Token> tokens;
    private final List<CueLexicon.Match> actors;
    private final boolean[] objectAt;

    /** {@code actors}: every actor phrase of the article in text order; {@code objectAt}: OBJECT cue tokens. */
    EventClassifier(List<Token> tokens, List<CueLexicon.Match> actors, boolean[] objectAt) {
        this.tokens = tokens;
        this.actors = actors;
        this.objectAt = objectAt;
    }

    /** The classifier of an article with these tokens and these cues per sentence. */
    static EventClassifier of(List<Token> tokens, List<List<CueLexicon.Match>> cues) {
        List<CueLexicon.Match> actors = new ArrayList<>();
        boolean[] objectAt = new boolean[tokens.size()];
        for (List<CueLexicon.Match> sentence : cues) {
            for (CueLexicon.Match m : sentence) {
                if (m.cue().isActor()) {
                    actors.add(m);
                } else if (m.cue() == Cue.OBJECT) {
                    objectAt[m.start()] = true;
                }
            }
        }
        return new EventClassifier(tokens, longest(actors), objectAt);
    }

    /** Of overlapping actor phrases, the longest: the first starting, then the one reaching furthest. */
    private static List<CueLexicon.Match> longest(List<CueLexicon.Match> actors) {
        List<CueLexicon.Match> sorted = new ArrayList<>(actors);
        sorted.sort(Comparator.comparingInt(CueLexicon.Match::start).thenComparingInt(m -> -m.end()));
        List<CueLexicon.Match> out = new ArrayList<>();
        int coveredTo = -1;
        for (CueLexicon.Match m : sorted) {
            if (m.end() > coveredTo) {
                if (m.start() >= coveredTo) {
                    out.add(m);
                }
                coveredTo = Math.max(coveredTo, m.end());
            }
        }
        return out;
    }

    /** A photo caption marked (أرشيف) shows an old scene: it reports no event of the article. */
    boolean isArchiveCaption(List<CueLexicon.Match> sentence) {
        for (CueLexicon.Match m : sentence) {
            if (m.cue() == Cue.ARCHIVE && tokens.get(m.start()).inParentheses()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The instruments the triggers name (air strikes, shelling, chemical weapons), not counting
     * generic strikes (قصف) and "the same" (قصف مماثل): what a later generic strike is read as.
     */
    static Set<SubEventType> instruments(List<Trigger> triggers) {
        Set<SubEventType> out = EnumSet.noneOf(SubEventType.class);
        for (Trigger t : triggers) {
            if (t.cue() != Cue.STRIKE && t.cue() != Cue.SAME) {
                for (SubEventType type : t.types()) {
                    if (type.eventType() == EventType.EXPLOSIONS_REMOTE_VIOLENCE) {
                        out.add(type);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The triggers of a sentence with cues {@code sentence}: {@code previousInstruments} are those
     * of the last sentence that named any, and {@code dateTokens} marks the tokens of written dates.
     */
    List<Trigger> classify(List<CueLexicon.Match> sentence, Set<SubEventType> previousInstruments,
            boolean[] dateTokens) {
        List<CueLexicon.Match> kept = new ArrayList<>();
        int downedInClause = -1;
        int purposeEnd = -1;
        List<CueLexicon.Match> byStartThenLength = new ArrayList<>(sentence);
        byStartThenLength.sort(BY_START_THEN_LONGEST);
        for (CueLexicon.Match m : byStartThenLength) {
            if (m.cue() == Cue.SHOOT_DOWN) {
                downedInClause = tokens.get(m.start()).clause();
            }
            boolean downedAircraft = m.cue() == Cue.AIR && tokens.get(m.start()).clause() == downedInClause;
            if (!m.cue().isTrigger() || downedAircraft || insideActor(m) || overlapsKept(kept, m)) {
                continue;
            }
            // لاستعادة السيطرة: the noun after a purpose is part of it
            boolean purpose = m.cue() == Cue.TERRITORY && (m.lamProclitic() || m.start() == purposeEnd);
            if (purpose) {
                purposeEnd = m.end();
            }
            if (!purpose && !filtered(m, sentence, dateTokens) && !backing(m, sentence)) {
                kept.add(m);
            }
        }
        boolean aircraft = has(kept, Cue.AIR);
        boolean anyAir = aircraft || has(kept, Cue.AIR_RAID);
        boolean civilians = has(sentence, Cue.CIVILIAN);
        List<Trigger> out = new ArrayList<>();
        Set<SubEventType> instruments = EnumSet.noneOf(SubEventType.class);
        for (CueLexicon.Match m : kept) {
            Set<SubEventType> types = direct(m, aircraft, anyAir, civilians);
            if (types.size() == 1 && INSTRUMENTS.containsAll(types)) {
                instruments.addAll(types);
            }
            double strength = m.cue() == Cue.TERRITORY && actor(m) == null ? STRENGTH_UNKNOWN_ACTOR : STRENGTH_NAMED;
            out.add(new Trigger(m.start(), m.end(), m.cue(), types, strength));
        }
        Set<SubEventType> generic = genericTypes(instruments, previousInstruments);
        List<Trigger> resolved = new ArrayList<>(out.size());
        Set<SubEventType> before = EnumSet.noneOf(SubEventType.class);
        for (Trigger t : out) {
            Set<SubEventType> types = t.types();
            double strength = STRENGTH_NAMED;
            if (t.cue() == Cue.STRIKE) {
                Set<SubEventType> own = clauseInstruments(out, tokens.get(t.start()).clause());
                types = own.isEmpty() ? generic : own;
                strength = !own.isEmpty() || !instruments.isEmpty() ? STRENGTH_INSTRUMENT_NEARBY
                        : previousInstruments.isEmpty() ? STRENGTH_DEFAULT_KIND : STRENGTH_INSTRUMENT_BEFORE;
            } else if (t.cue() == Cue.SAME) {
                // "قصف مماثل" likens the strike to the one reported before, not to what follows it
                types = !previousInstruments.isEmpty() ? EnumSet.copyOf(previousInstruments)
                        : before.isEmpty() ? generic : EnumSet.copyOf(before);
                strength = STRENGTH_INSTRUMENT_BEFORE;
            } else {
                strength = t.strength();
            }
            before = types;
            resolved.add(new Trigger(t.start(), t.end(), t.cue(), types, strength));
        }
        return resolved;
    }

    /** The instruments named by the direct triggers of one clause ("القصف بالبراميل المتفجرة"). */
    private Set<SubEventType> clauseInstruments(List<Trigger> triggers, int clause) {
        Set<SubEventType> out = EnumSet.noneOf(SubEventType.class);
        for (Trigger t : triggers) {
            if (t.cue() != Cue.STRIKE && t.cue() != Cue.SAME && tokens.get(t.start()).clause() == clause
                    && t.types().size() == 1 && INSTRUMENTS.containsAll(t.types())) {
                out.addAll(t.types());
            }
        }
        return out;
    }

    /** "مدعوما بالطيران الروسي": an instrument right after a word of backing supports another attack. */
    private static boolean backing(CueLexicon.Match m, List<CueLexicon.Match> sentence) {
        if (m.cue() != Cue.AIR && m.cue() != Cue.AIR_RAID && m.cue() != Cue.SHELLING && m.cue() != Cue.SHELLING_WEAK) {
            return false;
        }
        for (CueLexicon.Match c : sentence) {
            if (c.cue() == Cue.SUPPORT && c.end() <= m.start() && m.start() - c.end() < SUPPORT_WINDOW) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(List<CueLexicon.Match> matches, Cue cue) {
        for (CueLexicon.Match m : matches) {
            if (m.cue() == cue) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(List<CueLexicon.Match> matches, Cue cue, int start) {
        for (CueLexicon.Match m : matches) {
            if (m.cue() == cue && m.start() == start) {
                return true;
            }
        }
        return false;
    }

    private static Set<SubEventType> genericTypes(Set<SubEventType> instruments, Set<SubEventType> previous) {
        Set<SubEventType> source = instruments.isEmpty() ? previous : instruments;
        if (source.contains(SubEventType.CHEMICAL_WEAPON)) {
            return EnumSet.of(SubEventType.CHEMICAL_WEAPON);
        }
        return source.isEmpty() ? EnumSet.of(SubEventType.SHELLING_ARTILLERY_MISSILE) : EnumSet.copyOf(source);
    }

    private Set<SubEventType> direct(CueLexicon.Match m, boolean aircraft, boolean anyAir, boolean civilians) {
        return switch (m.cue()) {
            case AIR -> EnumSet.of(SubEventType.AIR_DRONE_STRIKE);
            case AIR_RAID -> aircraft || actor(m) != Cue.ACTOR_NSA
                    ? EnumSet.of(SubEventType.AIR_DRONE_STRIKE) : EnumSet.of(SubEventType.ARMED_CLASH);
            case SHELLING -> EnumSet.of(SubEventType.SHELLING_ARTILLERY_MISSILE);
            case SHELLING_WEAK -> EnumSet.of(anyAir ? SubEventType.AIR_DRONE_STRIKE : SubEventType.SHELLING_ARTILLERY_MISSILE);
            case CHEMICAL -> EnumSet.of(SubEventType.CHEMICAL_WEAPON);
            case CLASH, SHOOT_DOWN -> EnumSet.of(SubEventType.ARMED_CLASH);
            case SHOOTING -> EnumSet.of(civilians ? SubEventType.ATTACK : SubEventType.ARMED_CLASH);
            case ATTACK -> EnumSet.of(SubEventType.ATTACK);
            case TERRITORY -> EnumSet.of(actor(m) == Cue.ACTOR_NSA
                    ? SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY : SubEventType.GOVERNMENT_REGAINS_TERRITORY);
            case GOV_TERRITORY -> EnumSet.of(SubEventType.GOVERNMENT_REGAINS_TERRITORY);
            case NSA_TERRITORY -> EnumSet.of(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
            case AGREEMENT -> EnumSet.of(SubEventType.AGREEMENT);
            case DISPLACEMENT -> EnumSet.of(SubEventType.DISPLACEMENT);
            default -> EnumSet.noneOf(SubEventType.class);
        };
    }

    /**
     * The actor of a trigger: one named right after it (سيطرة قوات النظام), else the nearest one
     * before it in the article that is not a target (على مواقع قوات النظام). Null when none.
     */
    Cue actor(CueLexicon.Match trigger) {
        Cue found = null;
        for (CueLexicon.Match a : actors) {
            boolean target = a.start() > 0 && objectAt[a.start() - 1];
            if (a.start() >= trigger.end() && a.start() < trigger.end() + ACTOR_AFTER_WINDOW && !target) {
                return a.cue();
            }
            if (a.end() <= trigger.start() && !target) {
                found = a.cue();
            }
        }
        return found;
    }

    private boolean insideActor(CueLexicon.Match m) {
        for (CueLexicon.Match a : actors) {
            if (a.start() <= m.start() && m.end() <= a.end() && a.end() - a.start() > 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsKept(List<CueLexicon.Match> kept, CueLexicon.Match m) {
        for (CueLexicon.Match k : kept) {
            if (m.start() < k.end() && k.start() < m.end()) {
                return true;
            }
        }
        return false;
    }

    private boolean filtered(CueLexicon.Match m, List<CueLexicon.Match> sentence, boolean[] dateTokens) {
        int clause = tokens.get(m.start()).clause();
        boolean territoryOrBattle = m.cue() == Cue.TERRITORY || m.cue() == Cue.CLASH || m.cue() == Cue.SHOOT_DOWN
                || m.cue() == Cue.GOV_TERRITORY || m.cue() == Cue.NSA_TERRITORY;
        if (territoryOrBattle && m.lamProclitic() || m.cue() == Cue.TERRITORY && heldUnderRelative(m, sentence)) {
            return true;
        }
        int exceptionAt = -1;
        for (CueLexicon.Match c : sentence) {
            if (c.cue() == Cue.EXCEPTION && c.start() < m.start()) {
                exceptionAt = c.start();
            }
        }
        for (CueLexicon.Match c : sentence) {
            boolean sameClause = tokens.get(c.start()).clause() == clause;
            int gap = m.start() - c.end();
            switch (c.cue()) {
                case NEGATION -> {
                    boolean still = startsWith(sentence, Cue.STILL, c.start());
                    if (!still && sameClause && gap >= 0 && gap < NEGATION_WINDOW && exceptionAt < c.start()) {
                        return true;
                    }
                }
                case PLAN -> {
                    if (sameClause && gap >= 0 && gap < PLAN_WINDOW) {
                        return true;
                    }
                }
                case BACKGROUND -> {
                    // منذ 30 نيسان حتى 19 أيار: a tally over the span; منذ 4 أيام, منذ صباح اليوم: it
                    // still reports the event, as background or from a start (EventDating)
                    if (sameClause && EventDating.span(c, tokens, dateTokens)) {
                        return true;
                    }
                }
                case PERIOD -> {
                    if (sameClause) {
                        return true;
                    }
                }
                case CONTROL -> {
                    if (gap == 0 && (m.cue() == Cue.TERRITORY || m.cue() == Cue.CLASH)) {
                        return true;
                    }
                }
                default -> {
                    // other cues do not filter
                }
            }
        }
        for (int j = Math.max(0, m.start() - PLAN_WINDOW); j < m.start(); j++) {
            if (tokens.get(j).clause() == clause && isFuture(tokens.get(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "المناطق التي تسيطر عليها": a present-tense verb of control in a relative clause describes who
     * holds the ground, not a change of hands; the past (التي سيطرت عليها أمس) still reports one.
     */
    private boolean heldUnderRelative(CueLexicon.Match m, List<CueLexicon.Match> sentence) {
        String w = tokens.get(m.start()).normalized();
        boolean present = w.startsWith("ت") || w.startsWith("ي");
        return present && sentence.stream().anyMatch(r -> r.cue() == Cue.RELATIVE && r.end() == m.start());
    }

    /** A future verb: سـ before an imperfect prefix (ستتواصل، سيتم، سنرد), minus look-alike nouns. */
    static boolean isFuture(Token t) {
        String w = t.normalized().startsWith("و") || t.normalized().startsWith("ف") ? t.normalized().substring(1) : t.normalized();
        if (w.length() < MIN_FUTURE_LENGTH || w.charAt(0) != 'س') {
            return false;
        }
        char prefix = w.charAt(1);
        if (prefix != 'ي' && prefix != 'ت' && prefix != 'ن') {
            return false;
        }
        for (String noun : NOT_FUTURE) {
            if (w.startsWith(noun)) {
                return false;
            }
        }
        return true;
    }
}
