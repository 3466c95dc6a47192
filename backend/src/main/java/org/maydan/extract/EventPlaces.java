package org.maydan.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.maydan.event.EventType;
import org.maydan.event.SubEventType;
import org.maydan.gazetteer.Toponym;
import org.maydan.gazetteer.text.Sentence;
import org.maydan.gazetteer.text.Token;
import org.maydan.gazetteer.text.WordTable;

/**
 * Which of a trigger group's places each event type takes. A destination (after إلى، باتجاه، نحو;
 * not إلى جانب or إضافة إلى) is no place of anything but a displacement; where fire or an attack
 * came from ("من X", not "قرى من X" or "بالقرب من X") is no place of a strike or a clash; a change
 * of ground keeps only places of its own clause; a displacement sits at its origin (من X) when one
 * is named; an agreement never at the venue of its talks (محادثات في X, قمة X) nor abroad; a
 * background sentence places nothing at a whole governorate (a tally, not an event); people's home
 * town (حافلات أهالي X) is no scene when the group names another place (في منطقة Y), and the scene
 * when it names none (قصف منازل أهالي بلدة X).
 */
final class EventPlaces {

    private static final int ORIGIN_WINDOW = 2;
    private static final int DESTINATION_WINDOW = 3;
    /** Most tokens between an entering and the إلى of the town entered: "دخول قوات النظام إلى". */
    private static final int ENTRY_TO_WINDOW = 3;
    private static final int VENUE_WINDOW = 2;
    private static final WordTable WORDS = WordTable.load(EventPlaces.class, "places.tsv");
    private static final String IN = WORDS.word("IN");
    private static final String FROM = WORDS.word("FROM");
    private static final Set<String> TO = WORDS.words("TO");
    private static final String ALONGSIDE = WORDS.word("ALONGSIDE");
    private static final Set<String> NEAR_FROM = WORDS.words("NEAR_FROM");
    private static final Set<String> PARTITIVE = WORDS.words("PARTITIVE");
    private static final Set<String> HOLDERS = WORDS.words("HOLDER");
    private static final Set<String> GROUPS = WORDS.words("GROUP");
    private static final Set<String> AROUND = WORDS.words("AROUND");
    private static final Set<String> AREA = WORDS.words("AREA");
    /** Most words between a group of places and the word locating it by a town (ثماني قرى جديدة في محيط). */
    private static final int GROUP_REACH = 6;
    /** The conjunction و as a proclitic. */
    private static final String AND = "و";
    /** The article ال: a displacement word with it governs no place (النازحين). */
    private static final String DEFINITE = "ال";
    /** أن (normalized): "أشار إلى أن" reports, it goes nowhere. */
    private static final String THAT = "ان";
    /** What "from X" cannot place: strikes and attacks come from X, fighters infiltrate from X. */
    private static final Set<SubEventType> AWAY_FROM_ORIGIN = EnumSet.of(SubEventType.AIR_DRONE_STRIKE,
            SubEventType.SHELLING_ARTILLERY_MISSILE, SubEventType.CHEMICAL_WEAPON, SubEventType.REMOTE_EXPLOSIVE,
            SubEventType.ATTACK, SubEventType.ARMED_CLASH);

    private final List<Token> tokens;
    /**
     * The first token of the last sentence whose displacement named its origin: the displaced named
     * later in it with the article (النازحين) are the same people.
     */
    private int originSentence = -1;
    /** Every place mention of the article, in text order (empty: only a group's own are known). */
    private final List<PlaceMention> mentions;

    /** Over the article's tokens. */
    EventPlaces(List<Token> tokens) {
        this(tokens, List.of());
    }

    /** Over the article's tokens and all its place mentions, in text order. */
    EventPlaces(List<Token> tokens, List<PlaceMention> mentions) {
        this.tokens = tokens;
        this.mentions = mentions;
    }

    /** {@link #add(List, TriggerGroup, EventDate, FatalityParser.Reading, Sentence, List, PlaceMention, PlaceMention)} with no bearing. */
    void add(List<EventCandidate> out, TriggerGroup g, EventDate when, FatalityParser.Reading reading,
            Sentence span, List<CueLexicon.Match> ms, @Nullable PlaceMention agreementPlace) {
        add(out, g, when, reading, span, ms, agreementPlace, null);
    }

    /**
     * The events of a dated group: for each of its types, the places that type takes, each with the
     * killed count nearest before it when the sentence gives several, else the sentence's total.
     * {@code agreementPlace} places an agreement whose group has none. {@code bearing} is the point a
     * sentence with no scene of its own bears from (مواقع شرق مدينة X): an event there is near it,
     * not at it, so its place counts as inferred (geo_precision 2, a context place's confidence).
     */
    void add(List<EventCandidate> out, TriggerGroup g, EventDate when, FatalityParser.Reading reading,
            Sentence span, List<CueLexicon.Match> ms, @Nullable PlaceMention agreementPlace,
            @Nullable PlaceMention bearing) {
        int sentenceFrom = span.firstToken();
        boolean perPlace = reading.killed().size() > 1;
        int triggerClause = tokens.get(g.triggerStart).clause();
        // دخلت قوات النظام إلى مدينة X: the town entered is where ground was taken, for ground taken only
        // (مفتاح الدخول إلى X stays a destination for a strike)
        List<CueLexicon.Match> notEntry = new ArrayList<>(ms.size());
        boolean entering = false;
        for (CueLexicon.Match c : ms) {
            if (c.cue() != Cue.ENTRY) {
                notEntry.add(c);
            } else if (c.start() == g.triggerStart) {
                entering = true;
            }
        }
        Set<PlaceMention> destinations = destinations(g.places, notEntry);
        Set<PlaceMention> entered = entering ? destinations(g.places, ms) : destinations;
        for (SubEventType type : g.types) {
            List<PlaceMention> places = new ArrayList<>();
            for (PlaceMention p : g.places) {
                boolean sameClause = tokens.get(p.from()).clause() == triggerClause;
                boolean territory = type == SubEventType.GOVERNMENT_REGAINS_TERRITORY
                        || type == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
                boolean keep = type == SubEventType.DISPLACEMENT || !(territory ? entered : destinations).contains(p);
                if (type.eventType() == EventType.STRATEGIC_DEVELOPMENTS) {
                    keep &= sameClause || g.inferredPlace;
                }
                keep &= !(AWAY_FROM_ORIGIN.contains(type) && origin(p));
                keep &= !(g.background && p.rank() <= PlaceMention.GOVERNORATE_RANK);
                keep &= type == SubEventType.AGREEMENT || !p.farAbroad();
                if (keep) {
                    places.add(p);
                }
            }
            if (type == SubEventType.DISPLACEMENT) {
                List<PlaceMention> origins = origins(places, ms);
                if (origins.isEmpty() && onlyLeaving(g, ms)) {
                    // ممن غادروا X إلى Y، with X not read as a place: the town left is named, only unread
                    places = List.of();
                } else if (!origins.isEmpty()) {
                    places = origins;
                    originSentence = sentenceFrom;
                } else if (originSentence == sentenceFrom && tokens.get(g.triggerStart).normalized().startsWith(DEFINITE)) {
                    // نازحي بلدة X ... أجبر النازحين على الدخول إلى مخيم Y: the displaced (definite) are
                    // those named, gone to Y; نازحون آخرون إلى Y are others
                    places.removeAll(destinations);
                }
            } else {
                Set<PlaceMention> homes = PlaceEligibility.homes(tokens, sentencePlaces(span, places), ms);
                if (!homes.containsAll(places)) {
                    places.removeAll(homes);
                }
            }
            double articlePlace = 0;
            if (type == SubEventType.AGREEMENT) {
                places.removeIf(p -> venue(p, ms) || !p.inSyria());
                if (places.isEmpty() && agreementPlace != null && !venue(agreementPlace, ms) && agreementPlace.inSyria()) {
                    places.add(agreementPlace);
                    articlePlace = EventConfidence.ROLE_ARTICLE_PLACE;
                }
            }
            int windowFrom = sentenceFrom;
            for (PlaceMention p : places) {
                Integer fatalities = perPlace ? reading.near(windowFrom, p.from()) : reading.fallback();
                if (perPlace && fatalities == null && reading.killed().size() > places.size()) {
                    fatalities = reading.fallback();
                }
                windowFrom = p.to();
                boolean inferred = g.inferredPlace || p.equals(bearing);
                double role = articlePlace > 0 ? articlePlace
                        : inferred || g.elaborating ? EventConfidence.ROLE_CONTEXT
                        : tokens.get(p.from()).clause() == triggerClause ? EventConfidence.ROLE_OWN_CLAUSE
                        : EventConfidence.ROLE_LINKED_CLAUSE;
                out.add(new EventCandidate(type, p, when, fatalities, span,
                        tokens.get(g.triggerStart).start(), tokens.get(Math.max(g.triggerStart, g.triggerEnd - 1)).end(),
                        inferred, EventConfidence.of(p, g.strength, role, when), g.headline,
                        locatesGroup(p, g.triggerEnd)));
            }
        }
    }

    /**
     * Whether {@code p} only locates a group of places named after the trigger (at token
     * {@code triggerEnd} or later): ثماني قرى جديدة في محيط مدينة X، مواقع للميليشيات قرب مدينة X،
     * قريتين في مدخل بلدة X، خمس قرى جنوب غرب X، قرى جديدة في منطقة X. A word of nearness or a
     * direction stands right before the town (or its settlement noun), or the town is named as an
     * area, and a plural of places a few words before that, with no place named between.
     */
    boolean locatesGroup(PlaceMention p, int triggerEnd) {
        int at = p.from() - 1;
        // قرى جديدة في منطقة X: the area of a town locates as its surroundings do
        boolean area = at >= 0 && WordTable.isAny(tokens.get(at), AREA);
        if (at >= 0 && WordTable.isAny(tokens.get(at), HOLDERS)) {
            at--;
        }
        if (at >= 0 && tokens.get(at).normalized().equals(FROM)) {
            // بالقرب من مدينة X
            at--;
        }
        if (at < triggerEnd || !area && !WordTable.isAny(tokens.get(at), AROUND)) {
            return false;
        }
        // جنوب غرب X، شمال وشرقي X: the bearing may take two words. A place named between is a member
        // of the group (قرى كفرومة والنقير ومحيط حزارين), and the group is no longer unnamed
        int from = Math.max(triggerEnd, at - GROUP_REACH);
        for (int k = at - 1; k >= from && !inPlace(k); k--) {
            if (WordTable.isAny(tokens.get(k), GROUPS)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code at} is part of one of the article's place mentions. */
    private boolean inPlace(int at) {
        int k = PlaceMention.firstAtOrAfter(mentions, at + 1) - 1;
        return k >= 0 && mentions.get(k).from() <= at && at < mentions.get(k).to();
    }

    /** The article's place mentions inside the sentence, or {@code fallback} when they are not known. */
    private List<PlaceMention> sentencePlaces(Sentence span, List<PlaceMention> fallback) {
        if (mentions.isEmpty()) {
            return fallback;
        }
        return mentions.subList(PlaceMention.firstAtOrAfter(mentions, span.firstToken()),
                PlaceMention.firstAtOrAfter(mentions, span.endToken()));
    }

    /**
     * "قصف مدفعي من X", "أقلعت الطائرات من مطار X": the place right after a standalone من (or after
     * من and one noun: بلدة، مطار، معسكر) is where something came from. Not after "بالقرب من" (near), nor after or
     * before a plural of places ("قرى من سهل الغاب"، "كلا من بلدات X": some of them).
     */
    private boolean origin(PlaceMention p) {
        int at = p.from() - 1;
        if (at > 0 && !tokens.get(at).normalized().equals(FROM)) {
            // one noun between: من بلدة X، من مطار X، من معسكر X
            if (WordTable.isAny(tokens.get(at), PARTITIVE)) {
                return false;
            }
            at--;
        }
        if (at < 0 || !tokens.get(at).normalized().equals(FROM)) {
            return false;
        }
        return at == 0 || !WordTable.isAny(tokens.get(at - 1), NEAR_FROM) && !WordTable.isAny(tokens.get(at - 1), PARTITIVE);
    }

    /**
     * Places after إلى (not إضافة إلى، إلى جانب), and those coordinated with them by و in the same
     * clause, also across a named road or site ("وصلت إلى الطريق الدولي وبلدة X").
     */
    private Set<PlaceMention> destinations(List<PlaceMention> places, List<CueLexicon.Match> ms) {
        Set<PlaceMention> out = new HashSet<>();
        PlaceMention previous = null;
        for (PlaceMention p : places) {
            boolean chained = previous != null && out.contains(previous) && p.from() - previous.to() <= PlaceMention.CONTAINMENT_GAP;
            if (chained || afterDestination(p, ms) || coordinatedDestination(p, ms)) {
                out.add(p);
            }
            previous = p;
        }
        return out;
    }

    /**
     * Where talks were held ("خلال محادثات في X"، "قمة X") is not where an agreement applies: the
     * place right after a meeting word, or after it and في, is a venue.
     */
    private static boolean venue(PlaceMention p, List<CueLexicon.Match> ms) {
        for (CueLexicon.Match c : ms) {
            if (c.cue() == Cue.VENUE && c.end() <= p.from() && p.from() - c.end() < VENUE_WINDOW) {
                return true;
            }
        }
        return false;
    }

    private boolean afterDestination(PlaceMention p, List<CueLexicon.Match> ms) {
        for (CueLexicon.Match c : ms) {
            if (isDestination(c, ms) && c.end() <= p.from() && p.from() - c.end() < DESTINATION_WINDOW) {
                return true;
            }
        }
        return false;
    }

    private boolean coordinatedDestination(PlaceMention p, List<CueLexicon.Match> ms) {
        boolean coordinated = tokens.get(p.from()).normalized().startsWith(AND)
                || p.from() > 0 && tokens.get(p.from() - 1).normalized().startsWith(AND) && !tokens.get(p.from() - 1).is(IN);
        if (!coordinated) {
            return false;
        }
        for (CueLexicon.Match c : ms) {
            if (isDestination(c, ms) && c.end() <= p.from()
                    && tokens.get(c.start()).clause() == tokens.get(p.from()).clause() && !eventBetween(c.end(), p.from(), ms)) {
                return true;
            }
        }
        return false;
    }

    /** "أشار إلى مقتل خمسة في X وY": an event or a toll after إلى is what it reports, not where anyone went. */
    private static boolean eventBetween(int from, int to, List<CueLexicon.Match> ms) {
        for (CueLexicon.Match c : ms) {
            if (c.start() >= from && c.start() < to && (c.cue().isTrigger() || c.cue() == Cue.KILLED || c.cue() == Cue.INJURED)) {
                return true;
            }
        }
        return false;
    }

    /**
     * إلى، باتجاه، نحو before a place: not إلى جانب, إضافة إلى, إلى أن (reporting), nor a figure
     * ("نحو 4 أيام"، "إلى 38 قتيلا").
     */
    private boolean isDestination(CueLexicon.Match c, List<CueLexicon.Match> ms) {
        boolean next = c.end() < tokens.size();
        return c.cue() == Cue.DESTINATION && !(next && tokens.get(c.end()).is(ALONGSIDE))
                && !(next && (FatalityParser.isNumber(tokens.get(c.end())) || tokens.get(c.end()).normalized().equals(THAT)))
                && !addedOrEntered(c, ms);
    }

    /**
     * Whether a cue of addition ends right before {@code c}, one of entry shortly before it, or one
     * of spreading before it in its clause (امتد القصف المدفعي إلى مدينتي X وY: where it spread to).
     */
    private boolean addedOrEntered(CueLexicon.Match c, List<CueLexicon.Match> ms) {
        for (CueLexicon.Match a : ms) {
            if (a.cue() == Cue.ADDITION && a.end() == c.start()
                    // دخلت قوات النظام إلى مدينة X: see add()
                    || a.cue() == Cue.ENTRY && a.end() <= c.start() && c.start() - a.end() <= ENTRY_TO_WINDOW
                    || a.cue() == Cue.SPREAD && a.end() <= c.start() && tokens.get(a.start()).clause() == tokens.get(c.start()).clause()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The origins of a displacement among its places ("من X ... إلى Y": X; the object of a verb of
     * leaving, غادر المدنيون مدينة X إلى Y: X, {@link #leftFirst}), none when none is named
     * (then it sits at its destination). People named by where they fled from name the origin too: a place in construct
     * after a word of displacement (نازحو بلدة X، مهجري X، تهجير داريا) or after a civilian noun that a
     * word of displacement follows or governs (أهالي X النازحين، نزوح أهالي X), with the places
     * coordinated with it.
     */
    private List<PlaceMention> origins(List<PlaceMention> places, List<CueLexicon.Match> ms) {
        List<PlaceMention> out = new ArrayList<>();
        boolean inOrigin = false;
        PlaceMention previous = null;
        boolean previousNamed = false;
        for (PlaceMention p : places) {
            inOrigin |= leftFirst(p, previous, ms);
            for (int j = Math.max(0, p.from() - ORIGIN_WINDOW); j < p.from(); j++) {
                if (tokens.get(j).normalized().equals(FROM)) {
                    inOrigin = true;
                } else if (WordTable.isAny(tokens.get(j), TO)) {
                    inOrigin = false;
                }
            }
            boolean named = namedOrigin(p, ms) || previousNamed && coordinated(previous, p);
            if (inOrigin || named) {
                out.add(p);
            }
            previous = p;
            previousNamed = named;
        }
        return out;
    }

    /**
     * Whether the group's only words of displacement are verbs of leaving or going out, whose
     * object or من names the origin.
     */
    private static boolean onlyLeaving(TriggerGroup g, List<CueLexicon.Match> ms) {
        boolean leaving = false;
        for (CueLexicon.Match c : ms) {
            if (c.start() >= g.triggerStart && c.start() < Math.max(g.triggerEnd, g.triggerStart + 1)) {
                if (c.cue() == Cue.DISPLACEMENT) {
                    return false;
                }
                leaving |= c.cue().isLeaving();
            }
        }
        return leaving;
    }

    /**
     * غادر المدنيون مدينة X إلى Y: the first place after a verb of leaving in its clause, with no
     * place ({@code previous}) nor إلى between them, is the town left, the verb's object.
     */
    private boolean leftFirst(PlaceMention p, @Nullable PlaceMention previous, List<CueLexicon.Match> ms) {
        int clause = tokens.get(p.from()).clause();
        for (CueLexicon.Match c : ms) {
            if (c.cue() != Cue.LEAVE || c.end() > p.from() || tokens.get(c.start()).clause() != clause
                    || previous != null && previous.from() > c.start()) {
                continue;
            }
            boolean toBetween = false;
            for (int j = c.end(); j < p.from(); j++) {
                toBetween |= WordTable.isAny(tokens.get(j), TO);
            }
            if (!toBetween) {
                return true;
            }
        }
        return false;
    }

    /**
     * نازحي بلدة X، مهجري X، أهالي X النازحين، تهجير أهالي X: the people are named by the place they
     * left. Not أهالي X والنازحين: others beside them.
     */
    private boolean namedOrigin(PlaceMention p, List<CueLexicon.Match> ms) {
        int at = p.cue() == Toponym.Cue.SETTLEMENT_NOUN ? p.from() - 1 : p.from();
        for (CueLexicon.Match c : ms) {
            if (c.end() != at) {
                continue;
            }
            if (c.cue() == Cue.DISPLACEMENT && construct(c)) {
                return true;
            }
            if (c.cue() == Cue.CIVILIAN && ms.stream().anyMatch(d -> (d.cue() == Cue.DISPLACEMENT || d.cue() == Cue.LEAVE)
                    && (d.start() == p.to() && !tokens.get(d.start()).normalized().startsWith(AND)
                            || d.end() == c.start() && construct(d)))) {
                return true;
            }
        }
        return false;
    }

    /** A one-word noun of displacement without the article, governing the word after it (نازحي، تهجير). */
    private boolean construct(CueLexicon.Match c) {
        return c.end() - c.start() == 1 && !tokens.get(c.start()).normalized().startsWith(DEFINITE);
    }

    /** {@code p} is joined by و to {@code before}, right after it. */
    private boolean coordinated(PlaceMention before, PlaceMention p) {
        return p.from() - before.to() <= PlaceMention.CONTAINMENT_GAP
                && (tokens.get(p.from()).normalized().startsWith(AND)
                        || p.from() > 0 && tokens.get(p.from() - 1).normalized().startsWith(AND));
    }
}
