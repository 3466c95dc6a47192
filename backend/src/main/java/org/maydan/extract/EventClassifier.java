package org.maydan.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.maydan.event.EventType;
import org.maydan.event.SubEventType;
import org.maydan.gazetteer.text.Token;
import org.maydan.gazetteer.text.WordTable;

/**
 * Turns the trigger phrases of one sentence into typed triggers. Drops what {@link TriggerFilter}
 * says reports no event (negated, planned, a tally, a state of control, a purpose, backing), and a
 * trigger inside an actor's name or overlapping a longer one. Then resolves each kind: a generic
 * strike takes the instruments of its clause short of a كما, else of its sentence (or the sentence before, else
 * shelling); "قصف مماثل" those of the sentence before; missiles alone are shelling unless aircraft
 * are named; a غارة by rebels is a raid (armed clash); air defences repelling or downing anything
 * but an aircraft intercept an air strike, which is the event; gunfire against civilians is an attack;
 * territory goes to the actor who took it, and expelling (دحر، طرد) to the other side of the one
 * expelled. Each trigger gets a strength ({@code STRENGTH_} constants) for the event's confidence.
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

    private static final int ACTOR_AFTER_WINDOW = 3;
    /** Most tokens between a falling and the hands it falls into: the place that fell, "مطار أبو الظهور العسكري". */
    private static final int FALL_TO_HANDS_WINDOW = 5;
    /** Most tokens between an explosion and the generic strike it is the subject of. */
    private static final int EXPLOSION_SUBJECT_WINDOW = 3;
    /** Endings of a past verb: she (دحرت) and they (طردوا). */
    private static final String PAST_SHE = "ت";
    private static final String PAST_THEY = "وا";
    /** The ending of a sound masculine plural in the nominative before its complement (مقاتلو، مسلحو). */
    private static final String NOMINATIVE_PLURAL = "و";
    /** قد before a past verb (قوات النظام قد قصفت): no word between a subject and its verb. */
    private static final String ALREADY = "قد";
    /** نظام (normalized), with or without the article: the regime as a whole, not a ground force. */
    private static final String REGIME = "نظام";
    /** The article ال: a definite massacre (المجزرة) is one reported before; a battle's definite aim (معركة السيطرة). */
    private static final String DEFINITE = "ال";
    /** What دحرت / طردت may expel that is a fight, not ground: هجوما، هجمات (openings). */
    private static final WordTable VERBS = WordTable.load(EventClassifier.class, "verbs.tsv");
    private static final String[] ATTACK_NOUNS = VERBS.array("ATTACK_NOUN");
    private static final String AND = "و";
    /** Most tokens between the actor and an entering verb or noun after it: "قوات الأسد والميليشيات الروسية والإيرانية اليوم الجمعة، بدخول". */
    private static final int ENTRANT_BEFORE_WINDOW = 4;
    /** Most tokens between an entering verb and the same verb said again: "دخلت عناصر ميليشيات الأسد وعناصر من الميليشيات الروسية قد دخلت". */
    private static final int ENTERED_AGAIN_WINDOW = 10;
    /** Tokens around the actor and the entering searched for what bars it. */
    private static final int ENTRY_CONTEXT = 3;
    /** لـ before an actor: "سمحت لقوات الأسد بالدخول", the actor is let in, not its own subject. */
    private static final String TO_PROCLITIC = "ل";
    /** الدخول في المعركة: entering a fight or a phase, not a town. */
    private static final String IN_WORD = "في";
    /** ب attached to an attack noun: the dead fell in it (مقتل مدنيين بهجوم). */
    private static final String WITH = "ب";
    /** What enters that is no force taking ground: patrols, convoys, aid, delegations (openings). */
    private static final String[] ENTRY_NOT_FORCES = VERBS.array("ENTRY_NOT_FORCE");
    /** Permission or prevention before an entering: سمحت، السماح، منع (openings). */
    private static final String[] ENTRY_BARRED_BEFORE = VERBS.array("ENTRY_BARRED");
    /** What is entered that is no town: حيز، في، منزل، الأراضي (openings). */
    private static final String[] ENTRY_NOT_TOWN = VERBS.array("ENTRY_NOT_TOWN");
    /** كمين: an ambush, gunmen's work. */
    private static final Set<String> AMBUSH = VERBS.words("AMBUSH");
    /** What a downing verb downs that is an aircraft: طائرة، مروحية، مسيرة (openings). */
    private static final String[] AIRCRAFT = VERBS.array("AIRCRAFT");
    /** شن، نفذ: launching an attack, its subject between the verb and the attack noun. */
    private static final Set<String> LAUNCH = VERBS.words("LAUNCH");
    /** Most tokens between a launching verb and its attack noun: the subject, "شنت قوات النظام". */
    private static final int LAUNCH_WINDOW = 4;
    /** A state or coalition that flies aircraft over Syria, named right after a raid: غارة تركية (openings). */
    private static final String[] AIR_FORCE_STATES = VERBS.array("AIR_FORCE_STATE");
    /** Repelling verbs and nouns: تصدت، التصدي، صدت (openings). */
    private static final String[] REPEL = VERBS.array("REPEL");
    /** Most tokens between a repelling and the air attack it repels: "التصدي لهجوم إسرائيلي جوي". */
    private static final int REPELLED_WINDOW = 3;
    /** Most tokens between the air force and its downing after it: "تمكن سلاح الجو من إسقاط". */
    private static final int DOWNER_WINDOW = 3;
    /**
     * Most tokens between air defences and a repelling or downing after them in another clause: "الدفاعات
     * الجوية، للجيش السوري، تصدت".
     */
    private static final int AIR_DEFENCE_WINDOW = 3;
    private static final Set<SubEventType> INSTRUMENTS = EnumSet.of(SubEventType.AIR_DRONE_STRIKE,
            SubEventType.SHELLING_ARTILLERY_MISSILE, SubEventType.CHEMICAL_WEAPON, SubEventType.REMOTE_EXPLOSIVE);
    /** Cues whose strike a chemical agent of the same clause turns into the chemical attack. */
    private static final Set<Cue> DELIVERIES = EnumSet.of(Cue.AIR, Cue.AIR_RAID, Cue.SHELLING,
            Cue.SHELLING_WEAK, Cue.STRIKE, Cue.SAME);

    private static final Comparator<CueLexicon.Match> BY_START_THEN_LONGEST =
            Comparator.comparingInt(CueLexicon.Match::start).thenComparingInt(m -> m.start() - m.end());

    private final List<Token> tokens;
    private final List<CueLexicon.Match> actors;
    private final boolean[] objectAt;
    /** The tokens a place mention starts at. */
    private final boolean[] placeAt;
    private final TriggerFilter filter;

    /**
     * {@code actors}: every actor phrase of the article in text order; {@code objectAt}: OBJECT cue
     * tokens; {@code placeAt}: the tokens a place mention starts at.
     */
    EventClassifier(List<Token> tokens, List<CueLexicon.Match> actors, boolean[] objectAt, boolean[] placeAt) {
        this.tokens = tokens;
        this.actors = actors;
        this.objectAt = objectAt;
        this.placeAt = placeAt;
        this.filter = new TriggerFilter(tokens);
    }

    /** The classifier of an article with these tokens, these cues per sentence and these place mentions. */
    static EventClassifier of(List<Token> tokens, List<List<CueLexicon.Match>> cues, List<PlaceMention> mentions) {
        boolean[] placeAt = new boolean[tokens.size()];
        for (PlaceMention p : mentions) {
            placeAt[p.from()] = true;
        }
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
        return new EventClassifier(tokens, longest(actors), objectAt, placeAt);
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
     * of the last sentence that named any, {@code dateTokens} marks the tokens of written dates and
     * {@code writesDay} tells whether the sentence writes any.
     */
    List<Trigger> classify(List<CueLexicon.Match> sentence, Set<SubEventType> previousInstruments,
            boolean[] dateTokens, boolean writesDay) {
        List<CueLexicon.Match> kept = new ArrayList<>();
        List<CueLexicon.Match> intercepting = new ArrayList<>();
        int purposeEnd = -1;
        int clashEnd = -1;
        List<CueLexicon.Match> byStartThenLength = new ArrayList<>(sentence.size());
        for (CueLexicon.Match m : sentence) {
            Cue taker = m.cue() == Cue.FALL ? fallenTo(m, sentence) : null;
            if (taker != null) {
                Cue taken = taker == Cue.ACTOR_NSA ? Cue.NSA_TERRITORY : Cue.GOV_TERRITORY;
                byStartThenLength.add(new CueLexicon.Match(taken, m.start(), m.end(), m.lamProclitic()));
            } else {
                byStartThenLength.add(m.cue() == Cue.ASSAULT_NOUN && (suffered(m, sentence) || launched(m))
                        ? new CueLexicon.Match(Cue.ASSAULT, m.start(), m.end(), m.lamProclitic()) : m);
            }
        }
        byStartThenLength.sort(BY_START_THEN_LONGEST);
        List<CueLexicon.Match> downings = new ArrayList<>();
        for (CueLexicon.Match m : byStartThenLength) {
            if (m.cue() == Cue.SHOOT_DOWN && !intercepts(m, sentence)) {
                downings.add(m);
            }
        }
        for (CueLexicon.Match m : byStartThenLength) {
            boolean intercepts = intercepts(m, sentence);
            if (intercepts) {
                intercepting.add(m);
            }
            // أسقطت الفصائل طائرة حربية بصاروخ أرض جو: the aircraft downed struck nothing, and the
            // missile that downed it is the clash's weapon, no shelling; nor did the air force that
            // downed it (تمكن سلاح الجو من إسقاط طائرة)
            boolean downedAircraft = (m.cue() == Cue.AIR || m.cue() == Cue.SHELLING || m.cue() == Cue.SHELLING_WEAK)
                    && downed(m, downings);
            if (!m.cue().isTrigger() || downedAircraft || insideActor(m) || overlapsKept(kept, m)
                    || m.cue() == Cue.ENTRY && (entrant(m) == null || enteredAgain(m, sentence))) {
                continue;
            }
            // لاستعادة السيطرة: the noun after a purpose is part of it; so is control a battle is
            // named after (معركة السيطرة على X): its aim, not yet won
            boolean purpose = (m.cue() == Cue.TERRITORY || m.cue() == Cue.EXPEL) && (m.lamProclitic() || m.start() == purposeEnd
                    || m.start() == clashEnd && definite(tokens.get(m.start())));
            if (purpose) {
                purposeEnd = m.end();
            }
            if (!purpose && !filter.drops(m, sentence, dateTokens, writesDay)) {
                kept.add(m);
                if (m.cue() == Cue.CLASH) {
                    clashEnd = m.end();
                }
            }
        }
        boolean aircraft = has(kept, Cue.AIR) || !Collections.disjoint(kept, intercepting);
        boolean anyAir = aircraft || has(kept, Cue.AIR_RAID);
        boolean civilians = has(sentence, Cue.CIVILIAN);
        boolean killed = has(sentence, Cue.KILLED);
        List<Trigger> out = new ArrayList<>();
        Set<SubEventType> instruments = EnumSet.noneOf(SubEventType.class);
        for (CueLexicon.Match m : kept) {
            // تصدت الدفاعات الجوية لصواريخ: the intercepted strike, named like an aircraft's
            Cue cue = intercepting.contains(m) ? Cue.AIR : m.cue();
            // aircraft named past كما are another predication's (بالصواريخ كما قصفت الطائرات X)
            boolean aircraftHere = aircraft && airUnparted(kept, intercepting, m, false);
            boolean anyAirHere = anyAir && airUnparted(kept, intercepting, m, true);
            Set<SubEventType> types = direct(m, cue, aircraftHere, anyAirHere, civilians);
            if (types.size() == 1 && INSTRUMENTS.containsAll(types)) {
                instruments.addAll(types);
            }
            boolean ground = m.cue() == Cue.TERRITORY || m.cue() == Cue.EXPEL;
            double strength = ground && actor(m) == null ? STRENGTH_UNKNOWN_ACTOR : STRENGTH_NAMED;
            out.add(new Trigger(m.start(), m.end(), cue, types, strength));
        }
        Set<SubEventType> generic = genericTypes(instruments, previousInstruments);
        List<Trigger> resolved = new ArrayList<>(out.size());
        Set<SubEventType> before = EnumSet.noneOf(SubEventType.class);
        for (Trigger t : out) {
            Set<SubEventType> types = t.types();
            double strength = STRENGTH_NAMED;
            if (t.cue() == Cue.BOMB && (otherTriggerInClause(out, t) || !detonates(t, sentence))) {
                // names the kind of the strike of its clause (استهدف تفجير بسيارة مفخخة), no event of its
                // own; nor a bomb found, defused or planted (تفكيك عبوة ناسفة)
                continue;
            }
            if (t.cue() == Cue.MASSACRE && (!instruments.isEmpty() || definite(tokens.get(t.start())) || !killed)) {
                // مجزرة ... حيث استهدفت قوات النظام القرية بقذائف المدفعية: the shelling named anywhere
                // in the sentence committed it; المجزرة refers back to a strike already reported; a
                // massacre with no dead in its sentence is feared or threatened (خوفاً من حدوث مذبحة)
                continue;
            }
            Set<SubEventType> carriers = t.cue() == Cue.ASSAULT ? clauseInstruments(out, tokens.get(t.start()).clause()) : Set.of();
            if (!carriers.isEmpty() && !carriers.equals(EnumSet.of(SubEventType.REMOTE_EXPLOSIVE))) {
                // شنت هجوماً بالمسيرات: the aircraft's or guns' strike of the clause is the event
                continue;
            }
            if (!carriers.isEmpty()) {
                // شن هجوماً بسيارة مفخخة: the assault is the bombing
                types = carriers;
            } else if (DELIVERIES.contains(t.cue()) && (chemicalInClause(out, t, sentence)
                    || t.cue() != Cue.STRIKE && t.cue() != Cue.SAME && definite(tokens.get(t.start()))
                            && previousInstruments.equals(EnumSet.of(SubEventType.CHEMICAL_WEAPON)))) {
                // غارات بغاز السارين، صواريخ تحمل رؤوسا كيماوية: one chemical attack, not also a strike;
                // and the rockets or raids told of again (سقطت الصواريخ على X after rockets loaded with
                // sarin) are the same chemical ones
                types = EnumSet.of(SubEventType.CHEMICAL_WEAPON);
            } else if (t.cue() == Cue.STRIKE) {
                Set<SubEventType> own = strikeInstruments(out, t);
                if (own.isEmpty() && gunfireInClause(out, tokens.get(t.start()).clause())) {
                    // هجوم مسلح استهدف حافلة، كمين استهدف سيارة: the gunmen's target, no strike of its own
                    continue;
                }
                if (own.isEmpty() && subjectOf(t, sentence, Cue.EXPLOSION)) {
                    // الانفجار استهدف مقراً: an explosion that targets is a bomb, no shelling
                    types = EnumSet.of(SubEventType.REMOTE_EXPLOSIVE);
                    strength = STRENGTH_INSTRUMENT_NEARBY;
                } else if (own.isEmpty() && instruments.isEmpty() && subjectOf(t, sentence, Cue.ASSAULT_NOUN)) {
                    // شنوا هجوماً استهدف مواقع: the assault of men on the ground, no shelling
                    types = EnumSet.of(civilians ? SubEventType.ATTACK : SubEventType.ARMED_CLASH);
                    strength = STRENGTH_INSTRUMENT_NEARBY;
                } else if (own.isEmpty() && !groundPayload(instruments) && !groundPayload(previousInstruments)
                        && (groundForceAt(t.end()) || groundForceBefore(t.start()))) {
                    // قصفت قوات النظام، كانت قوات النظام قصفت: ground forces shell; aircraft elsewhere
                    // in the sentence are not theirs, but a bomb or a gas named with it may be
                    // (التنظيم استهدف، بسيارة مفخخة، مواقع; قوات الأسد استهدفت البلدة after a gas attack)
                    types = EnumSet.of(SubEventType.SHELLING_ARTILLERY_MISSILE);
                    strength = STRENGTH_INSTRUMENT_NEARBY;
                } else {
                    types = own.isEmpty() ? generic : own;
                    strength = !own.isEmpty() || !instruments.isEmpty() ? STRENGTH_INSTRUMENT_NEARBY
                            : previousInstruments.isEmpty() ? STRENGTH_DEFAULT_KIND : STRENGTH_INSTRUMENT_BEFORE;
                }
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

    /**
     * The actor a place fell to: the one named right after the hands (بيد، في قبضة) that follow the
     * falling in its clause, at most {@link #FALL_TO_HANDS_WINDOW} tokens on, with a place or a word
     * referring back to one (البلدة) between them as what fell (سقوط مطار أبو الظهور العسكري في أيدي
     * مقاتلي المعارضة). Null when no hands follow, when no place fell (وقع الطيار في قبضة الفصائل: a
     * man captured) or when no actor is named after the hands.
     */
    private @Nullable Cue fallenTo(CueLexicon.Match m, List<CueLexicon.Match> sentence) {
        int clause = tokens.get(m.start()).clause();
        for (CueLexicon.Match c : sentence) {
            if (c.cue() == Cue.HANDS && c.start() > m.end() && c.start() - m.end() <= FALL_TO_HANDS_WINDOW
                    && tokens.get(c.start()).clause() == clause) {
                return placeBetween(m.end(), c.start(), sentence) ? actorAfter(c) : null;
            }
        }
        return null;
    }

    /** Whether a place mention or a word referring back to a place (البلدة) starts in tokens [from, to). */
    private boolean placeBetween(int from, int to, List<CueLexicon.Match> sentence) {
        for (int i = from; i < to; i++) {
            if (placeAt[i]) {
                return true;
            }
        }
        for (CueLexicon.Match c : sentence) {
            if (c.cue() == Cue.ANAPHOR && c.start() >= from && c.start() < to) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an attack noun is what a launching verb before it in its clause launched, its subject
     * between them (شنت قوات النظام هجوماً، نفذ مقاتلو التنظيم هجمات): an assault, as شن هجوماً is.
     */
    private boolean launched(CueLexicon.Match m) {
        int clause = tokens.get(m.start()).clause();
        for (int i = m.start() - 1; i >= 0 && i >= m.start() - LAUNCH_WINDOW && tokens.get(i).clause() == clause; i--) {
            if (WordTable.isAny(tokens.get(i), LAUNCH)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An attack (هجوم) suffered is an assault: undergone in the past (تعرضت الدورية لهجوم; not the state
     * of الجنود يتعرضون لهجوم كثيف) or the one the dead its clause tells of fell in (قتل 14 عنصراً في
     * هجوم نفذه التنظيم، مقتل مدنيين بهجوم).
     */
    private boolean suffered(CueLexicon.Match m, List<CueLexicon.Match> sentence) {
        if (m.lamProclitic()) {
            return TriggerFilter.undergoneBefore(tokens, m.start(), true);
        }
        Token noun = tokens.get(m.start());
        boolean in = noun.normalized().startsWith(WITH) || m.start() > 0 && tokens.get(m.start() - 1).normalized().equals(IN_WORD);
        if (!in) {
            return false;
        }
        for (CueLexicon.Match c : sentence) {
            // قتل، مقتل 25، أصيب: the casualties told here; the definite dead or wounded (المصابين في هجوم
            // الثلاثاء) are those of an attack told before
            if ((c.cue() == Cue.KILLED || c.cue() == Cue.INJURED) && c.end() <= m.start() && !definite(tokens.get(c.start()))
                    && tokens.get(c.start()).clause() == noun.clause()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word carries the article (المجزرة، والمجزرة), which a reading without its proclitics shows. */
    private static boolean definite(Token token) {
        for (String reading : token.word().readings()) {
            if (reading.startsWith(DEFINITE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The strike kinds a sentence's cues name outright: aircraft, guns, a chemical agent, a bomb.
     * The lead read ahead for a headline, whose generic strike is of the lead's kind.
     */
    static Set<SubEventType> namedInstruments(List<CueLexicon.Match> cues) {
        Set<SubEventType> out = EnumSet.noneOf(SubEventType.class);
        for (CueLexicon.Match m : cues) {
            switch (m.cue()) {
                case AIR, AIR_RAID -> out.add(SubEventType.AIR_DRONE_STRIKE);
                case SHELLING -> out.add(SubEventType.SHELLING_ARTILLERY_MISSILE);
                case CHEMICAL -> out.add(SubEventType.CHEMICAL_WEAPON);
                case BOMB -> out.add(SubEventType.REMOTE_EXPLOSIVE);
                default -> {
                    // other cues name no strike kind
                }
            }
        }
        return out;
    }

    /**
     * The triggers with their types as the annotation standard names them. Its list of types is
     * closed and has no remote explosive: a bombing (car bomb, explosive device, suicide bomber,
     * mine) is an Attack, armed violence that meets no fighting back. The classifier's own triggers
     * keep the bomb a kind of its own, since it decides what carries an assault and what the next
     * sentence's "similar strike" was ({@link #instruments}).
     */
    static List<Trigger> standardTypes(List<Trigger> triggers) {
        List<Trigger> out = new ArrayList<>(triggers.size());
        for (Trigger t : triggers) {
            if (t.types().contains(SubEventType.REMOTE_EXPLOSIVE)) {
                Set<SubEventType> types = EnumSet.copyOf(t.types());
                types.remove(SubEventType.REMOTE_EXPLOSIVE);
                types.add(SubEventType.ATTACK);
                out.add(new Trigger(t.start(), t.end(), t.cue(), types, t.strength()));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Whether a word of {@code cue} (an explosion, an attack) is the subject of the generic strike:
     * right after it (استهدف الانفجار الثالث سيارة) or at most {@value #EXPLOSION_SUBJECT_WINDOW}
     * tokens before it in its sentence (الانفجار استهدف، الانفجار كان عنيفاً واستهدف، هجوماً واسعاً استهدف).
     */
    private static boolean subjectOf(Trigger strike, List<CueLexicon.Match> sentence, Cue cue) {
        for (CueLexicon.Match m : sentence) {
            if (m.cue() == cue && (m.start() == strike.end()
                    || m.end() <= strike.start() && strike.start() - m.end() < EXPLOSION_SUBJECT_WINDOW)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a bomb goes off: a word of explosion stands in its clause (انفجرت عبوة ناسفة، بانفجار
     * سيارة مفخخة، تفجير انتحاري، فجر نفسه). Then, with no strike in its clause to name, the bombing
     * is the event.
     */
    private boolean detonates(Trigger bomb, List<CueLexicon.Match> sentence) {
        return TriggerFilter.inClause(tokens, sentence, Cue.EXPLOSION, tokens.get(bomb.start()).clause());
    }

    /** Whether another trigger of an event stands in the clause of {@code t}. */
    private boolean otherTriggerInClause(List<Trigger> triggers, Trigger t) {
        int clause = tokens.get(t.start()).clause();
        for (Trigger other : triggers) {
            if (other != t && other.cue() != Cue.BOMB && tokens.get(other.start()).clause() == clause) {
                return true;
            }
        }
        return false;
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
        if (out.size() > 1) {
            // a bomb beside aircraft or guns is their payload (قصف بالبراميل والألغام), not a device on the ground
            out.remove(SubEventType.REMOTE_EXPLOSIVE);
        }
        return out;
    }

    /**
     * The instruments of a generic strike's clause that no كما ("and also") parts from it: كما opens
     * a predication of its own, often with no comma before it (قصفت المدفعية X كما قصفت الطائرات Y), whose
     * strike is not of the instruments before.
     */
    private Set<SubEventType> strikeInstruments(List<Trigger> triggers, Trigger strike) {
        int clause = tokens.get(strike.start()).clause();
        List<Trigger> near = new ArrayList<>(triggers.size());
        for (Trigger t : triggers) {
            int from = Math.min(t.end(), strike.end());
            int to = Math.max(t.start(), strike.start());
            if (tokens.get(t.start()).clause() == clause && !TriggerGrouping.alsoBetween(tokens, from, to)) {
                near.add(t);
            }
        }
        return clauseInstruments(near, clause);
    }

    /**
     * Whether aircraft (or, with {@code raids}, an air raid) are named in the sentence's kept triggers
     * with no كما between them and {@code m}.
     */
    private boolean airUnparted(List<CueLexicon.Match> kept, List<CueLexicon.Match> intercepting, CueLexicon.Match m,
            boolean raids) {
        for (CueLexicon.Match a : kept) {
            boolean air = a.cue() == Cue.AIR || intercepting.contains(a) || raids && a.cue() == Cue.AIR_RAID;
            if (air && !TriggerGrouping.alsoBetween(tokens, Math.min(a.end(), m.end()), Math.max(a.start(), m.start()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a clause reports gunfire or an ambush ({@link Cue#SHOOTING}, كمين): men on the ground, no strike. */
    private boolean gunfireInClause(List<Trigger> triggers, int clause) {
        for (Trigger t : triggers) {
            boolean ambush = t.cue() == Cue.CLASH && WordTable.isAny(tokens.get(t.start()), AMBUSH);
            if ((t.cue() == Cue.SHOOTING || ambush) && tokens.get(t.start()).clause() == clause) {
                return true;
            }
        }
        return false;
    }

    private boolean chemicalInClause(List<Trigger> triggers, Trigger delivery, List<CueLexicon.Match> sentence) {
        int clause = tokens.get(delivery.start()).clause();
        for (Trigger t : triggers) {
            // رداً على، انتقاماً ل between them: the agent after it is the deed answered, not the
            // payload (أطلقت 59 صاروخاً على المطار رداً على الهجوم الكيماوي: the missiles carry no gas)
            if (t.cue() == Cue.CHEMICAL && tokens.get(t.start()).clause() == clause
                    && !TriggerFilter.startsIn(sentence, Cue.RESPONSE, delivery.start() + 1, t.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a ground force is named right at token {@code at}, as the subject of the strike before
     * it: an actor phrase other than the regime as a whole (نظام، نظام الأسد), which flies aircraft too.
     */
    private boolean groundForceAt(int at) {
        for (CueLexicon.Match a : actors) {
            if (a.start() == at) {
                return isGroundForce(a);
            }
        }
        return false;
    }

    /** Whether an actor phrase is a ground force: not the regime as a whole (نظام، نظام الأسد). */
    private boolean isGroundForce(CueLexicon.Match actor) {
        return !tokens.get(actor.start()).normalized().endsWith(REGIME);
    }

    /** Whether the instruments name what ground forces set off as well: a bomb or a chemical agent. */
    private static boolean groundPayload(Set<SubEventType> instruments) {
        return instruments.contains(SubEventType.REMOTE_EXPLOSIVE) || instruments.contains(SubEventType.CHEMICAL_WEAPON);
    }

    /**
     * Whether a ground force ends right before the strike at token {@code at}, as its subject written
     * first (قوات النظام قصفت، قوات النظام قد قصفت), the regime as a whole again excepted.
     */
    private boolean groundForceBefore(int at) {
        int end = at > 0 && tokens.get(at - 1).normalized().equals(ALREADY) ? at - 1 : at;
        for (CueLexicon.Match a : actors) {
            if (a.end() == end) {
                return isGroundForce(a);
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

    private static Set<SubEventType> genericTypes(Set<SubEventType> instruments, Set<SubEventType> previous) {
        Set<SubEventType> source = instruments.isEmpty() ? previous : instruments;
        if (source.contains(SubEventType.CHEMICAL_WEAPON)) {
            return EnumSet.of(SubEventType.CHEMICAL_WEAPON);
        }
        return source.isEmpty() ? EnumSet.of(SubEventType.SHELLING_ARTILLERY_MISSILE) : EnumSet.copyOf(source);
    }

    /**
     * Whether a repelling or downing (تصدت، أسقطت) intercepts an air or missile strike: air defences
     * are named in its clause or just before it, and what it downs, if it names one before any
     * missile, is no aircraft (أسقطت الدفاعات الجوية طائرة مسيرة is a clash); or what it repels is an
     * air attack (التصدي لهجوم إسرائيلي جوي).
     */
    private boolean intercepts(CueLexicon.Match m, List<CueLexicon.Match> sentence) {
        if (m.cue() == Cue.CLASH && repelsAirAttack(m, sentence)) {
            return true;
        }
        if (m.cue() != Cue.CLASH && m.cue() != Cue.SHOOT_DOWN || !airDefenceAt(m, sentence)) {
            return false;
        }
        return m.cue() == Cue.CLASH || !downsAircraft(m, sentence);
    }

    /** A repelling (تصدت، التصدي) with an air strike named within a few tokens after it in its clause. */
    private boolean repelsAirAttack(CueLexicon.Match m, List<CueLexicon.Match> sentence) {
        if (!startsWithAny(tokens.get(m.start()), REPEL)) {
            return false;
        }
        int clause = tokens.get(m.start()).clause();
        for (CueLexicon.Match c : sentence) {
            if ((c.cue() == Cue.AIR || c.cue() == Cue.AIR_RAID) && c.start() >= m.end()
                    && c.start() - m.end() < REPELLED_WINDOW && tokens.get(c.start()).clause() == clause) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(Token t, String[] openings) {
        for (String f : t.word().readings()) {
            for (String opening : openings) {
                if (f.startsWith(opening)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether air defences are named in the clause of {@code m}, or just before it with no other
     * trigger between (الدفاعات الجوية، للجيش السوري، تصدت): the subject set off by commas.
     */
    private boolean airDefenceAt(CueLexicon.Match m, List<CueLexicon.Match> sentence) {
        int clause = tokens.get(m.start()).clause();
        for (CueLexicon.Match c : sentence) {
            if (c.cue() == Cue.AIR_DEFENCE && (tokens.get(c.start()).clause() == clause
                    || c.end() <= m.start() && m.start() - c.end() <= AIR_DEFENCE_WINDOW && !triggerBetween(sentence, c, m))) {
                return true;
            }
        }
        return false;
    }

    private static boolean triggerBetween(List<CueLexicon.Match> sentence, CueLexicon.Match from, CueLexicon.Match to) {
        for (CueLexicon.Match c : sentence) {
            if (c.cue().isTrigger() && c.start() >= from.end() && c.start() < to.start()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a state or coalition that flies aircraft is named right after a raid: غارة تركية، غارات للتحالف. */
    private boolean airForceNamedAfter(CueLexicon.Match m) {
        return m.end() < tokens.size() && startsWithAny(tokens.get(m.end()), AIR_FORCE_STATES);
    }

    /**
     * Whether the aircraft or missile {@code m} belongs to one of the downings: it follows one in its
     * clause (the aircraft downed, the missile that downed it), or it is the air force that downs, at
     * most {@value #DOWNER_WINDOW} tokens before one (تمكن سلاح الجو من إسقاط طائرة).
     */
    private boolean downed(CueLexicon.Match m, List<CueLexicon.Match> downings) {
        int clause = tokens.get(m.start()).clause();
        for (CueLexicon.Match d : downings) {
            if (tokens.get(d.start()).clause() != clause) {
                continue;
            }
            boolean before = d.start() < m.start() || d.start() == m.start() && d.end() > m.end();
            boolean downer = m.cue() == Cue.AIR && d.start() >= m.end() && d.start() - m.end() <= DOWNER_WINDOW;
            if (before || downer) {
                return true;
            }
        }
        return false;
    }

    /** Whether an aircraft is the first thing downed after {@code m} in its clause, before any missile. */
    private boolean downsAircraft(CueLexicon.Match m, List<CueLexicon.Match> sentence) {
        int clause = tokens.get(m.start()).clause();
        int missileAt = Integer.MAX_VALUE;
        for (CueLexicon.Match c : sentence) {
            if ((c.cue() == Cue.SHELLING || c.cue() == Cue.SHELLING_WEAK) && c.start() >= m.end()) {
                missileAt = Math.min(missileAt, c.start());
            }
        }
        // from the word after its first: a downing phrase may name the aircraft (اعتراض طائرة)
        for (int i = m.start() + 1; i < tokens.size() && i < missileAt && tokens.get(i).clause() == clause; i++) {
            if (startsWithAny(tokens.get(i), AIRCRAFT)) {
                return true;
            }
        }
        return false;
    }

    private Set<SubEventType> direct(CueLexicon.Match m, Cue cue, boolean aircraft, boolean anyAir, boolean civilians) {
        return switch (cue) {
            case AIR -> EnumSet.of(SubEventType.AIR_DRONE_STRIKE);
            case AIR_RAID -> aircraft || actor(m) != Cue.ACTOR_NSA || airForceNamedAfter(m)
                    ? EnumSet.of(SubEventType.AIR_DRONE_STRIKE) : EnumSet.of(SubEventType.ARMED_CLASH);
            case SHELLING -> EnumSet.of(SubEventType.SHELLING_ARTILLERY_MISSILE);
            case SHELLING_WEAK -> EnumSet.of(anyAir ? SubEventType.AIR_DRONE_STRIKE : SubEventType.SHELLING_ARTILLERY_MISSILE);
            case CHEMICAL -> EnumSet.of(SubEventType.CHEMICAL_WEAPON);
            case BOMB -> EnumSet.of(SubEventType.REMOTE_EXPLOSIVE);
            case CLASH, SHOOT_DOWN -> EnumSet.of(SubEventType.ARMED_CLASH);
            case SHOOTING, ASSAULT -> EnumSet.of(civilians ? SubEventType.ATTACK : SubEventType.ARMED_CLASH);
            case ATTACK, MASSACRE -> EnumSet.of(SubEventType.ATTACK);
            case TERRITORY -> EnumSet.of(actor(m) == Cue.ACTOR_NSA
                    ? SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY : SubEventType.GOVERNMENT_REGAINS_TERRITORY);
            case GOV_TERRITORY -> EnumSet.of(SubEventType.GOVERNMENT_REGAINS_TERRITORY);
            case NSA_TERRITORY -> EnumSet.of(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
            case ENTRY -> EnumSet.of(entrant(m) == Cue.ACTOR_NSA
                    ? SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY : SubEventType.GOVERNMENT_REGAINS_TERRITORY);
            case EXPEL -> attackAfter(m) ? EnumSet.of(SubEventType.ARMED_CLASH)
                    : actorAfter(m) == null ? EnumSet.noneOf(SubEventType.class) : EnumSet.of(expelledBy(m));
            case AGREEMENT -> EnumSet.of(SubEventType.AGREEMENT);
            case DISPLACEMENT, LEAVE, EXIT -> EnumSet.of(SubEventType.DISPLACEMENT);
            default -> EnumSet.noneOf(SubEventType.class);
        };
    }

    /**
     * The actor of a trigger: one named right after it (سيطرة قوات النظام), else the nearest one
     * before it in the article that is not a target (على مواقع قوات النظام, nor joined by و to one).
     * Null when none.
     */
    Cue actor(CueLexicon.Match trigger) {
        return actor(trigger, false);
    }

    /**
     * {@link #actor(CueLexicon.Match)}, or with {@code ownClause} the subject of the trigger's clause
     * only: the last actor before it in its clause that is not a target, none after it.
     */
    private @Nullable Cue actor(CueLexicon.Match trigger, boolean ownClause) {
        int clause = tokens.get(trigger.start()).clause();
        Cue found = null;
        boolean targetBefore = false;
        int previousEnd = -1;
        for (CueLexicon.Match a : actors) {
            // في صفوف قوات النظام وعناصر الحزب: an actor joined by و to a target is one too
            boolean joined = previousEnd >= 0 && a.start() - previousEnd <= 1
                    && tokens.get(previousEnd).normalized().startsWith(AND);
            boolean target = a.start() > 0 && objectAt[a.start() - 1] || joined && targetBefore;
            targetBefore = target;
            previousEnd = a.end();
            if (!ownClause && a.start() >= trigger.end() && a.start() < trigger.end() + ACTOR_AFTER_WINDOW && !target) {
                return a.cue();
            }
            if (a.end() <= trigger.start() && !target && (!ownClause || tokens.get(a.start()).clause() == clause)) {
                found = a.cue();
            }
        }
        return found;
    }

    /**
     * Who took ground by expelling. After the verbal noun (بدحر، طرد) the actor named is its object,
     * who lost the ground: "بدحر الإرهابيين من X" is the government's. After the verb (دحرت، طردوا) it
     * is the subject, who took it. With no actor named after it (طرده، بطرد سوريا من الجامعة) the
     * text does not say who lost what: no event. The subject of the verbal noun's clause, when it
     * names one, took it whoever lost it (سيطر مقاتلو العشائر على X بعد طرد قسد منها).
     */
    private SubEventType expelledBy(CueLexicon.Match m) {
        boolean verb = isVerb(tokens.get(m.start())) || nominativeAfter(m);
        Cue subject = verb ? null : actor(m, true);
        if (subject != null) {
            return subject == Cue.ACTOR_NSA ? SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY
                    : SubEventType.GOVERNMENT_REGAINS_TERRITORY;
        }
        boolean nsa = actorAfter(m) == Cue.ACTOR_NSA;
        return verb == nsa ? SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY : SubEventType.GOVERNMENT_REGAINS_TERRITORY;
    }

    /**
     * Whether the actor right after the trigger is written in the nominative of a plural in
     * construct (وطرد مقاتلو الفصائل عناصر التنظيم): the subject of a verb, which a verbal noun
     * (طرد مقاتلي) would take in the genitive.
     */
    private boolean nominativeAfter(CueLexicon.Match m) {
        for (CueLexicon.Match a : actors) {
            if (a.start() == m.end()) {
                String w = tokens.get(a.start()).normalized();
                return w.length() > NOMINATIVE_PLURAL.length() + 2 && w.endsWith(NOMINATIVE_PLURAL);
            }
        }
        return false;
    }

    /** The actor named right after a trigger, or null. */
    private @Nullable Cue actorAfter(CueLexicon.Match m) {
        for (CueLexicon.Match a : actors) {
            if (a.start() >= m.end() && a.start() < m.end() + ACTOR_AFTER_WINDOW) {
                return a.cue();
            }
        }
        return null;
    }

    /**
     * Who enters with an entering verb or noun: an actor right after it (دخلت قوات النظام، دخول
     * الفصائل) or ending just before it (قوات الأسد وميليشياتها، دخلت؛ قوات الأسد ... اليوم بدخول),
     * not a target. Null, so no event, when none is named there, when what enters is a patrol, a
     * convoy or aid (دخلت دورية روسية، دخول المساعدات), when the entering is permitted or prevented
     * (سمحت لقوات الأسد بالدخول، منع دخول) or when it is no town that is entered (دخلوا منزلا، دخلت
     * الأراضي السورية، دخل حيز التنفيذ، الدخول في المعركة).
     */
    private @Nullable Cue entrant(CueLexicon.Match m) {
        CueLexicon.Match found = null;
        for (CueLexicon.Match a : actors) {
            // نظام الأسد (the regime as a whole, دخول قواته بموجب اتفاق) is no ground force
            boolean target = a.start() > 0 && objectAt[a.start() - 1]
                    || tokens.get(a.start()).normalized().startsWith(TO_PROCLITIC)
                    || tokens.get(a.start()).normalized().endsWith(REGIME);
            if (!target && a.start() >= m.end() && a.start() < m.end() + ACTOR_AFTER_WINDOW) {
                found = a;
                break;
            }
            if (!target && a.end() <= m.start() && m.start() - a.end() <= ENTRANT_BEFORE_WINDOW) {
                found = a;
            }
        }
        if (found == null) {
            return null;
        }
        int from = Math.min(found.start(), m.start());
        int to = Math.max(found.end(), m.end());
        for (int i = Math.max(0, from - ENTRY_CONTEXT); i < Math.min(tokens.size(), to + ENTRY_CONTEXT); i++) {
            Token t = tokens.get(i);
            boolean before = i < m.start();
            boolean object = i >= to && i < to + 2;
            if (startsWithAny(t, ENTRY_NOT_FORCES) || before && startsWithAny(t, ENTRY_BARRED_BEFORE)
                    || object && (startsWithAny(t, ENTRY_NOT_TOWN) || t.normalized().equals(IN_WORD))) {
                return null;
            }
        }
        return found.cue();
    }

    /** وكانت دخلت عناصر ... قد دخلت أحياء X: the verb said again before its object is one entering, the last. */
    private static boolean enteredAgain(CueLexicon.Match m, List<CueLexicon.Match> sentence) {
        for (CueLexicon.Match c : sentence) {
            if (c.cue() == Cue.ENTRY && c.start() >= m.end() && c.start() - m.end() <= ENTERED_AGAIN_WINDOW) {
                return true;
            }
        }
        return false;
    }

    /** "دحرت الفصائل هجوما": an attack expelled within a few tokens after the verb. */
    private boolean attackAfter(CueLexicon.Match m) {
        for (int i = m.end(); i < Math.min(tokens.size(), m.end() + ACTOR_AFTER_WINDOW + 1); i++) {
            if (startsWithAny(tokens.get(i), ATTACK_NOUNS)) {
                return true;
            }
        }
        return false;
    }

    /** A past verb of the third person (دحرت، طردوا): its ending, not a preposition or article before it. */
    private static boolean isVerb(Token t) {
        String w = t.normalized();
        return w.endsWith(PAST_SHE) || w.endsWith(PAST_THEY);
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
            // an assault leaves its words to the instrument they name (شنت هجوماً بالمسيرات: هجوم بالمسيرات)
            if (m.start() < k.end() && k.start() < m.end() && k.cue() != Cue.ASSAULT) {
                return true;
            }
        }
        return false;
    }

}
