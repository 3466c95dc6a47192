package org.maydan.gazetteer.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.hunspell.AffixedWord;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.maydan.gazetteer.Gazetteer;
import org.maydan.gazetteer.GazetteerConfig;
import org.maydan.gazetteer.Place;
import org.maydan.gazetteer.PlaceName;
import org.maydan.gazetteer.index.PlaceIndex;
import org.maydan.gazetteer.normalize.LooseKeys;
import org.maydan.gazetteer.text.ArabicNormalizer;

/**
 * Derives {@code lexicon/dictionary-words.tsv} from Debian's {@code hunspell-ar} dictionary (Ayaspell,
 * read with Lucene's Hunspell) and the shipped gazetteer: which place names of the gazetteer are
 * also ordinary Arabic words (in the forms text may write them), and which word forms a proclitic must not be read off because the
 * whole form is a word (لبنان is not ل + بنان, وصلوا not و + صلوا).
 *
 * <p>Every form of text a name matches is checked: the name itself, and its loose forms (the article
 * added or dropped, the final vowel letter exchanged: جبلة is matched by جبلا). A form is a word
 * when some spelling of it that normalizes to the same form (hamza restored:
 * اسقاط as إسقاط, جات as جاءت) has a <em>plain</em> reading in the dictionary: a dictionary stem,
 * with at most the article before it and an inflectional ending after it (ة، ات، ين، ون، ي، ية،
 * وا...). Readings that need a proclitic or a pronoun suffix (مورك as "your Mor") do not count.
 * The reading's class comes from the section of {@code ar.dic} its stem is listed in: function words
 * ({@code stopwords.dic}, {@code tools.dic}), countries, capitals and continents, personal names, the
 * noun and adjective sections, or verbs ({@code po:verb}). A stem listed as a place in the
 * dictionary (دمشق, بيروت) is a place name, not an ordinary word; its relative adjective (الدمشقي،
 * المصرية) is a word.
 *
 * <p>Usage (documented in the lexicon's ATTRIBUTION.md):
 * {@code DictionaryWordsDerivation <ar.aff> <ar.dic> <output.tsv> <package version>}
 */
public final class DictionaryWordsDerivation {

    /** What a plain reading of a form is in the dictionary; of several, the first listed here. */
    enum WordClass {
        /** A place the dictionary lists: a country, a capital or a continent. */
        PLACE,
        /** A noun, verbal noun, participle or adjective. */
        WORD,
        /** A verb form. */
        VERB,
        /** A particle, pronoun, number or other closed-class word. */
        FUNCTION,
        /** A personal name. */
        GIVEN_NAME
    }

    /** Endings after a stem that keep a reading plain: gender, number, nisba, case alef. */
    static final Set<String> INFLECTIONS = Set.of("", "ة", "ت", "ات", "ان", "ين", "ون", "ي", "ية",
            "يات", "يين", "يون", "ا", "وا", "تا", "تان", "تين", "اء", "ء", "ى");
    /**
     * Endings no noun has after a preposition, which governs the genitive: the accusative alef
     * (قطنا، معلولا), the nominative dual and plural (صوران، عاملون, genitive صورين، عاملين), the
     * dual's construct (قطتا) and the verbs' endings. A form whose every plain reading is a verb or
     * a noun with one of these is not that word after a preposition (في حرستا، في قطنا).
     */
    static final Set<String> NOT_GENITIVE = Set.of("ا", "ان", "تا", "تان", "ون", "وا", "ت");
    /** Final stem letters an ending may replace (مدينة → مدينت, كبرى → كبريات). */
    static final String CHANGING_FINALS = "ةىياءه";
    /** Endings of a relative adjective after its place stem: masculine, feminine, plurals, duals. */
    static final Set<String> NISBA_ENDINGS = Set.of("ي", "ية", "يه", "يات", "يين", "يون", "يان", "يتان", "يتين");
    /** Final letters of a place stem its relative adjective drops (أمريكا → أمريكي، القاهرة → القاهري). */
    private static final String NISBA_DROPPED_FINALS = "اةى";
    /** A stem ending its relative adjective replaces whole (سوريا → سوري، تركيا → تركية). */
    private static final String IYA = "يا";
    /** Proclitic sequences whose reading a whole word blocks: conjunction, preposition, both. */
    static final List<String> PROCLITICS = List.of("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب",
            "فل", "فك");
    /** Most hamza restorations tried per spelling. */
    static final int MAX_RESTORATIONS = 2;
    /** Shortest normalized name looked up. */
    static final int MIN_NAME = 2;
    private static final String ARTICLE = "ال";
    /** The final letters a loose key folds, in normalized spelling. */
    private static final char[] FINAL_VOWELS = {'ا', 'ه', 'ي'};
    private static final char HAMZA = 'ء';

    private final Hunspell hunspell;
    private final Map<String, EnumMap<WordClass, Boolean>> stemClasses;

    private DictionaryWordsDerivation(Hunspell hunspell, Map<String, EnumMap<WordClass, Boolean>> stemClasses) {
        this.hunspell = hunspell;
        this.stemClasses = stemClasses;
    }

    /**
     * Runs the derivation.
     *
     * @param args ar.aff, ar.dic, the output file and the dictionary's package and version
     * @throws IOException if a file cannot be read or written
     * @throws ParseException if the dictionary cannot be parsed
     */
    public static void main(String[] args) throws IOException, ParseException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: <ar.aff> <ar.dic> <output.tsv> <package version>");
        }
        Path aff = Path.of(args[0]);
        Path dic = Path.of(args[1]);
        var derivation = new DictionaryWordsDerivation(load(aff, dic), stemClasses(dic));
        Gazetteer gazetteer = Gazetteer.load(GazetteerConfig.defaults());
        Map<String, Set<String>> names = singleTokenNames(gazetteer);
        Map<String, WordClass> words = new TreeMap<>();
        Set<String> afterPreposition = new HashSet<>();
        for (Map.Entry<String, Set<String>> name : names.entrySet()) {
            for (String form : looseForms(name.getKey())) {
                if (words.containsKey(form)) {
                    continue;
                }
                Plain plain = derivation.plainReadings(form, form.equals(name.getKey()) ? name.getValue() : Set.of(), true);
                if (plain.best() != null && plain.best() != WordClass.PLACE) {
                    words.put(form, plain.best());
                    if (plain.genitive()) {
                        afterPreposition.add(form);
                    }
                }
            }
        }
        Map<String, WordClass> blocking = new TreeMap<>();
        for (Map.Entry<String, Set<String>> name : names.entrySet()) {
            for (String loose : looseForms(name.getKey())) {
                for (String proclitic : PROCLITICS) {
                    String form = ArabicNormalizer.normalize(proclitic + loose);
                    if (names.containsKey(form) || blocking.containsKey(form)) {
                        continue;
                    }
                    Set<String> spellings = new LinkedHashSet<>();
                    if (loose.equals(name.getKey())) {
                        name.getValue().forEach(s -> spellings.add(proclitic + s));
                    }
                    WordClass c = derivation.classOf(form, spellings, true);
                    if (c != null) {
                        blocking.put(form, c);
                    }
                }
            }
        }
        try (Writer out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            out.write("# Gazetteer names that are also ordinary Arabic words, and word forms no proclitic is read off.\n");
            out.write("# Derived from " + args[3] + " (Ayaspell Arabic dictionary; used under MPL 1.1, one of its\n");
            out.write("# licences GPL 2.0 / LGPL 2.1 / MPL 1.1; this file is distributed under MPL 1.1) and the shipped\n");
            out.write("# gazetteer's names, by org.maydan.gazetteer.data.DictionaryWordsDerivation; see ATTRIBUTION.md.\n");
            out.write("# Columns: normalized form, class (WORD, VERB, FUNCTION, GIVEN_NAME, PLACE), use (NAME: a gazetteer\n");
            out.write("# name that is a word; WHOLE: a proclitic + name form that is itself a word), case (for NAME rows:\n");
            out.write("# GENITIVE when some reading is a noun that may follow a preposition, else NOT_GENITIVE).\n");
            for (Map.Entry<String, WordClass> e : words.entrySet()) {
                String governed = afterPreposition.contains(e.getKey()) ? "GENITIVE" : "NOT_GENITIVE";
                out.write(e.getKey() + "\t" + e.getValue() + "\tNAME\t" + governed + "\n");
            }
            for (Map.Entry<String, WordClass> e : blocking.entrySet()) {
                out.write(e.getKey() + "\t" + e.getValue() + "\tWHOLE\n");
            }
        }
        System.out.printf("%d names, %d words among them, %d whole-word forms written to %s%n",
                names.size(), words.size(), blocking.size(), args[2]);
    }

    /**
     * Lucene's Hunspell wants {@code SET} in the first 30 KB of the affix file, and hunspell-ar has
     * it after its flag aliases: the directive is moved to the top, nothing else changes.
     */
    static Hunspell load(Path aff, Path dic) throws IOException, ParseException {
        String affix = Files.readString(aff, StandardCharsets.UTF_8);
        affix = "SET UTF-8\n" + affix.replaceAll("(?m)^SET\\s.*$", "");
        try (InputStream affixes = new ByteArrayInputStream(affix.getBytes(StandardCharsets.UTF_8));
                InputStream entries = Files.newInputStream(dic)) {
            return new Hunspell(new Dictionary(new ByteBuffersDirectory(), "hunspell", affixes, entries));
        }
    }

    /**
     * The classes of every stem by the section of {@code ar.dic} listing it. The file concatenates
     * {@code stopwords.dic}, {@code tools.dic}, {@code names.dic} (the nouns: continents, countries,
     * capitals, personal names, then common nouns and adjectives) and {@code verb.huns.dic}, each
     * after a line of colons and its name; sections of names.dic start with {@code #} headers.
     */
    static Map<String, EnumMap<WordClass, Boolean>> stemClasses(Path dic) throws IOException {
        Map<String, EnumMap<WordClass, Boolean>> classes = new HashMap<>();
        WordClass section = null;
        Set<String> seen = new LinkedHashSet<>();
        for (String line : Files.readAllLines(dic, StandardCharsets.UTF_8)) {
            String header = line.strip();
            WordClass next = sectionOf(header);
            if (next != null || header.startsWith("#") || header.startsWith(":")) {
                if (next != null) {
                    section = next;
                    seen.add(header);
                }
                continue;
            }
            if (section == null || header.isEmpty() || Character.isDigit(header.charAt(0))) {
                continue;
            }
            int end = 0;
            while (end < header.length() && header.charAt(end) != '/' && !Character.isWhitespace(header.charAt(end))) {
                end++;
            }
            classes.computeIfAbsent(header.substring(0, end), k -> new EnumMap<>(WordClass.class))
                    .put(section, Boolean.TRUE);
        }
        if (seen.size() != SECTIONS.size()) {
            throw new IllegalStateException("ar.dic sections changed: found " + seen + ", expected " + SECTIONS.keySet());
        }
        return classes;
    }

    /** Section headers of ar.dic and the class of their stems. */
    static final Map<String, WordClass> SECTIONS = Map.of(
            "stopwords.dic", WordClass.FUNCTION,
            "tools.dic", WordClass.FUNCTION,
            "#القارات", WordClass.PLACE,
            "#البلدان", WordClass.PLACE,
            "#العواصم", WordClass.PLACE,
            "##اسماء،أشخاص##", WordClass.GIVEN_NAME,
            "####الأسماء####", WordClass.WORD,
            "verb.huns.dic", WordClass.VERB);

    private static WordClass sectionOf(String header) {
        return SECTIONS.get(header);
    }

    /**
     * The forms of text a single-token name matches: itself and, as the scanner's loose keys allow,
     * with or without the article and with its final ا، ه or ي exchanged (جبلة matches جبلا، جبلي).
     */
    static Set<String> looseForms(String name) {
        Set<String> bases = new LinkedHashSet<>();
        bases.add(name);
        if (name.startsWith(ARTICLE) && name.length() - ARTICLE.length() >= MIN_NAME + 1) {
            bases.add(name.substring(ARTICLE.length()));
        } else if (!name.startsWith(ARTICLE)) {
            bases.add(ARTICLE + name);
        }
        Set<String> out = new LinkedHashSet<>();
        for (String base : bases) {
            out.add(base);
            char last = base.charAt(base.length() - 1);
            if (LooseKeys.isFoldedFinal(last)) {
                for (char vowel : FINAL_VOWELS) {
                    out.add(base.substring(0, base.length() - 1) + vowel);
                }
            }
        }
        return out;
    }

    /** Arabic-script names of one token, by normalized form, with their spellings in the data. */
    static Map<String, Set<String>> singleTokenNames(Gazetteer gazetteer) {
        Map<String, Set<String>> names = new TreeMap<>();
        for (Place p : gazetteer.places()) {
            List<String> spellings = new ArrayList<>();
            spellings.add(p.nameAr());
            for (PlaceName n : p.names()) {
                if (n.isArabicScript()) {
                    spellings.add(n.text());
                }
            }
            // the weak names a cell joins (كيلو of الشيخ الأقرع_كيلو) are words as often as names
            spellings.addAll(PlaceIndex.joinedNameParts(p));
            for (String spelling : spellings) {
                String normalized = ArabicNormalizer.normalize(spelling);
                if (normalized.length() >= MIN_NAME && normalized.indexOf(' ') < 0
                        && Character.UnicodeBlock.of(normalized.charAt(0)) == Character.UnicodeBlock.ARABIC) {
                    names.computeIfAbsent(normalized, k -> new LinkedHashSet<>()).add(spelling.strip());
                }
            }
        }
        return names;
    }

    /**
     * The class of the plain readings of a form, or null when it has none: tried as spelled in the
     * data, as normalized, and with hamza restored ({@link #restorations}) when {@code restore}.
     */
    WordClass classOf(String normalized, Set<String> spellings, boolean restore) {
        return plainReadings(normalized, spellings, restore).best();
    }

    /**
     * What the plain readings of a form, tried as {@link #classOf} tries them, say of it: the class
     * of the first listed ({@link WordClass}), and whether some reading is a noun, adjective,
     * particle or name whose ending a preposition may govern (not a verb, not an ending of
     * {@link #NOT_GENITIVE}).
     */
    record Plain(WordClass best, boolean genitive) {
    }

    Plain plainReadings(String normalized, Set<String> spellings, boolean restore) {
        Set<String> tried = new LinkedHashSet<>(spellings);
        tried.add(normalized);
        if (restore) {
            tried.addAll(restorations(normalized));
        }
        WordClass best = null;
        boolean genitive = false;
        for (String spelling : tried) {
            if (!ArabicNormalizer.normalize(spelling).equals(normalized) || !hunspell.spell(spelling)) {
                continue;
            }
            for (AffixedWord reading : hunspell.analyzeSimpleWord(spelling)) {
                WordClass c = plainClass(spelling, reading);
                if (c == null) {
                    continue;
                }
                if (best == null || c.ordinal() < best.ordinal()) {
                    best = c;
                }
                String tail = plainTail(spelling, reading.getDictEntry().getStem());
                genitive |= c != WordClass.VERB && tail != null && !NOT_GENITIVE.contains(tail);
            }
        }
        return new Plain(best, genitive);
    }

    /**
     * The class of a reading when it is plain ({@link #INFLECTIONS}), else null. Verbs are known by
     * their morphological field; other stems by their section, a listed place first.
     */
    WordClass plainClass(String word, AffixedWord reading) {
        String stem = reading.getDictEntry().getStem();
        if (!isPlain(word, stem)) {
            return null;
        }
        EnumMap<WordClass, Boolean> sections = stemClasses.getOrDefault(stem, new EnumMap<>(WordClass.class));
        if (sections.containsKey(WordClass.PLACE)) {
            return isRelativeAdjective(word, stem) ? WordClass.WORD : WordClass.PLACE;
        }
        String morphology = reading.getDictEntry().getMorphologicalData();
        if (morphology != null && morphology.contains("po:verb")) {
            return WordClass.VERB;
        }
        return sections.isEmpty() ? WordClass.WORD : sections.keySet().iterator().next();
    }

    /**
     * Whether {@code word} is the relative (nisba) adjective of a place stem, with or without the
     * article: مصري، المصرية، السوريين from مصر and سوريا. Such a word is an adjective (العاصمة
     * المصرية), not the place, so a village that bears it is a word like any other.
     */
    static boolean isRelativeAdjective(String word, String stem) {
        String core = stem;
        if (core.length() > 3 && core.endsWith(IYA)) {
            core = core.substring(0, core.length() - IYA.length());
        } else if (core.length() > 2 && NISBA_DROPPED_FINALS.indexOf(core.charAt(core.length() - 1)) >= 0) {
            core = core.substring(0, core.length() - 1);
        }
        for (String lead : new String[] {"", ARTICLE}) {
            if (word.startsWith(lead + core) && NISBA_ENDINGS.contains(word.substring(lead.length() + core.length()))) {
                return true;
            }
        }
        return false;
    }


    /** Whether {@code word} is {@code stem} with at most the article before and an inflection after. */
    static boolean isPlain(String word, String stem) {
        return plainTail(word, stem) != null;
    }

    /**
     * The inflection after the stem when {@code word} is {@code stem} with at most the article
     * before and an inflection after: "" for the stem's own form (المدينة of مدينة), the ending
     * otherwise (ا of قطنا); null when the word is no plain form of the stem.
     */
    static String plainTail(String word, String stem) {
        String core = stem;
        if (core.length() > 2 && CHANGING_FINALS.indexOf(core.charAt(core.length() - 1)) >= 0) {
            core = core.substring(0, core.length() - 1);
        }
        for (String lead : new String[] {"", ARTICLE}) {
            if (word.startsWith(lead + core)) {
                String tail = word.substring(lead.length() + core.length());
                String dropped = stem.substring(core.length());
                if (tail.equals(dropped)) {
                    return "";
                }
                if (INFLECTIONS.contains(tail)) {
                    return tail;
                }
                if (!dropped.isEmpty() && tail.startsWith(dropped) && INFLECTIONS.contains(tail.substring(1))) {
                    return tail.substring(1);
                }
            }
        }
        return null;
    }

    /**
     * Spellings of a normalized form with up to {@link #MAX_RESTORATIONS} hamza restorations: an
     * alef at the start of the word or after the article as أ، إ or آ; a medial و or ي as ؤ or ئ; a
     * hamza after an alef (جات → جاءت, سما → سماء); and a final ه as ة and a final ي as ى, free.
     */
    static Set<String> restorations(String normalized) {
        Set<String> out = new LinkedHashSet<>();
        List<String> level = List.of(normalized);
        for (int round = 0; round < MAX_RESTORATIONS; round++) {
            List<String> next = new ArrayList<>();
            for (String s : level) {
                next.addAll(oneRestoration(s));
            }
            out.addAll(next);
            level = next;
        }
        out.add(normalized);
        Set<String> withFinals = new LinkedHashSet<>();
        for (String s : out) {
            withFinals.add(s);
            char last = s.charAt(s.length() - 1);
            if (last == 'ه') {
                withFinals.add(s.substring(0, s.length() - 1) + 'ة');
            } else if (last == 'ي') {
                withFinals.add(s.substring(0, s.length() - 1) + 'ى');
            }
        }
        return withFinals;
    }

    private static List<String> oneRestoration(String s) {
        List<String> out = new ArrayList<>();
        int articleEnd = s.startsWith(ARTICLE) ? ARTICLE.length() : 0;
        for (int at : new int[] {0, articleEnd}) {
            if (at < s.length() && s.charAt(at) == 'ا' && (at == 0 ? articleEnd == 0 : at > 0)) {
                for (char hamzated : new char[] {'أ', 'إ', 'آ'}) {
                    out.add(s.substring(0, at) + hamzated + s.substring(at + 1));
                }
            }
        }
        for (int i = Math.max(1, articleEnd + 1); i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c == 'و') {
                out.add(s.substring(0, i) + 'ؤ' + s.substring(i + 1));
            } else if (c == 'ي') {
                out.add(s.substring(0, i) + 'ئ' + s.substring(i + 1));
            }
        }
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i - 1) == 'ا' && s.charAt(i) != HAMZA) {
                out.add(s.substring(0, i) + HAMZA + s.substring(i));
            }
        }
        if (s.charAt(s.length() - 1) == 'ا') {
            out.add(s + HAMZA);
        }
        return out;
    }
}
