package org.maydan.gazetteer.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.maydan.gazetteer.text.ArabicNormalizer;
import org.maydan.gazetteer.text.WordTable;

/**
 * Word lists that tell place names from ordinary words of news prose. The main one,
 * {@code dictionary-words.tsv}, is derived from the hunspell-ar dictionary (see its ATTRIBUTION.md):
 * the gazetteer names that are also ordinary words (حياة، الأمين، جاءت) or personal names (جاسم), and
 * the word forms that a proclitic must not be read off (لبنان is not ل + بنان, وصلوا not و + صلوا).
 * Hand lists (resources under {@code org/maydan/gazetteer/lexicon/}, one word a line, normalized when
 * loaded) add what the dictionary does not cover, each file saying why. A gazetteer name equal to
 * such a word, with or without the article, is a place only with a cue. Immutable.
 */
public final class Lexicon {

    static final String DIR = "/org/maydan/gazetteer/lexicon/";
    /** The list derived from hunspell-ar: form, class, use. */
    static final String DICTIONARY_WORDS = "dictionary-words.tsv";
    private static final String USE_WHOLE = "WHOLE";
    private static final String CLASS_GIVEN_NAME = "GIVEN_NAME";
    private static final String CLASS_PLACE = "PLACE";
    private static final String CLASS_VERB = "VERB";
    private static final String CLASS_FUNCTION = "FUNCTION";
    private static final String NOT_GENITIVE = "NOT_GENITIVE";
    private static final String ARTICLE = "ال";
    /** The endings of a relative adjective, normalized: ي، ية (ة folds to ه). */
    private static final String RELATIVE = "ي";
    private static final String FEMININE_RELATIVE = "يه";
    /** Endings a state's name drops before its relative ending (روسيا روسي، فرنسا فرنسي، السعودية سعودي). */
    private static final List<String> STATE_ENDINGS = List.of("يا", "يه", "ا");

    private static final Lexicon SHIPPED = shippedLists();

    /** These four hold each word with and without its article ({@link #withOrWithoutArticle}). */
    private final Set<String> functionWords;
    private final Set<String> commonWords;
    private final Set<String> givenNames;
    private final Set<String> listedWords;

    private final Set<String> countries;
    /** Stems of relative adjectives of states and peoples: كرد for كردي، كردية، الكردية. */
    private final Set<String> nationalityStems;
    private final Set<String> wholeWords;
    private final Set<String> wholeVerbs;
    private final Set<String> wholePlaces;
    /** The common words with no form a preposition governs ({@link #isUngovernedWord}). */
    private final Set<String> ungovernedWords;

    Lexicon(Set<String> functionWords, Set<String> listedWords, Set<String> commonWords, Set<String> givenNames,
            Set<String> countries, Set<String> peoples, Set<String> wholeWords, Set<String> wholeVerbs,
            Set<String> wholePlaces) {
        this(functionWords, listedWords, commonWords, givenNames, countries, peoples, wholeWords, wholeVerbs,
                wholePlaces, Set.of());
    }

    Lexicon(Set<String> functionWords, Set<String> listedWords, Set<String> commonWords, Set<String> givenNames,
            Set<String> countries, Set<String> peoples, Set<String> wholeWords, Set<String> wholeVerbs,
            Set<String> wholePlaces, Set<String> ungovernedWords) {
        this.countries = Set.copyOf(countries);
        this.nationalityStems = nationalityStems(countries, peoples);
        this.functionWords = withoutArticleToo(functionWords);
        this.commonWords = withOrWithoutArticle(commonWords);
        this.givenNames = withOrWithoutArticle(givenNames);
        this.listedWords = withOrWithoutArticle(listedWords);
        this.wholeWords = Set.copyOf(wholeWords);
        this.wholeVerbs = Set.copyOf(wholeVerbs);
        this.wholePlaces = Set.copyOf(wholePlaces);
        this.ungovernedWords = Set.copyOf(ungovernedWords);
    }

    /**
     * The hand lists joined with the derived dictionary words: names of the classes WORD, VERB and
     * FUNCTION are common words, GIVEN_NAME given names; forms of use WHOLE are whole words, and
     * those of class PLACE block proclitic readings.
     */
    private static Lexicon shippedLists() {
        Set<String> listed = read("common-words.txt");
        Set<String> common = new HashSet<>(listed);
        Set<String> given = read("given-names.txt");
        Set<String> whole = new HashSet<>();
        Set<String> wholeVerbs = new HashSet<>();
        Set<String> wholePlaces = new HashSet<>();
        Set<String> genitive = new HashSet<>(listed);
        for (String[] row : WordTable.rows(Lexicon.class, DIR + DICTIONARY_WORDS, 3, 4, "form<TAB>CLASS<TAB>USE[<TAB>CASE]")) {
            String form = ArabicNormalizer.normalize(row[0]);
            // a particle is left as it is: prepositions govern some of them (منذ، حتى)
            if (!USE_WHOLE.equals(row[2]) && (!NOT_GENITIVE.equals(row.length > 3 ? row[3] : "")
                    || CLASS_FUNCTION.equals(row[1]))) {
                genitive.add(form);
            }
            if (USE_WHOLE.equals(row[2])) {
                (CLASS_PLACE.equals(row[1]) ? wholePlaces : whole).add(form);
                if (CLASS_VERB.equals(row[1])) {
                    wholeVerbs.add(form);
                }
            } else if (CLASS_GIVEN_NAME.equals(row[1])) {
                given.add(form);
            } else if (!CLASS_PLACE.equals(row[1])) {
                common.add(form);
            }
        }
        Set<String> ungoverned = new HashSet<>(withOrWithoutArticle(common));
        ungoverned.removeAll(withOrWithoutArticle(genitive));
        return new Lexicon(read("function-words.txt"), listed, common, given, read("countries.txt"),
                read("peoples.txt"), whole, wholeVerbs, wholePlaces, ungoverned);
    }

    /**
     * Whether the normalized name, a common word, is one only in forms a preposition cannot govern:
     * a verb (حرستا "they two guarded", أريحا "I relieve") or a noun with the accusative alef or the
     * nominative dual (قطنا، معلولا، صوران). After a preposition, which takes the genitive, the word
     * cannot stand, so the name is the place: في حرستا، إلى قطنا. False for a function word, a
     * hand-listed word, and a word that also has a genitive form (في الضمير may be "in the conscience").
     */
    public boolean isUngovernedWord(String normalizedName) {
        return ungovernedWords.contains(normalizedName) && !isFunctionWord(normalizedName);
    }

    /** The lists shipped with the library. */
    public static Lexicon shipped() {
        return SHIPPED;
    }

    /** Whether the normalized name is one function word or frequent verb (never a place in prose). */
    public boolean isFunctionWord(String normalizedName) {
        return normalizedName.indexOf(' ') < 0 && functionWords.contains(normalizedName);
    }

    /** Whether the normalized name is one frequent noun or adjective, or a function word. */
    public boolean isCommonWord(String normalizedName) {
        return normalizedName.indexOf(' ') < 0 && (commonWords.contains(normalizedName)
                || isFunctionWord(normalizedName));
    }

    /**
     * Whether the normalized token is a word of these lists other than a given name: a state's name,
     * a function word, a common word, or a place the dictionary names. A proclitic is never read off
     * such a word (لبنان is not ل + بنان, بلاد not ب + لاد).
     */
    public boolean isKnownWord(String token) {
        return isCountry(token) || isCommonWord(token) || wholePlaces.contains(token);
    }

    /**
     * Whether the normalized token, read as a proclitic and a name, is also a whole dictionary word:
     * وصلوا is "they arrived" before it is و + صلوا, وهجين may be و + هجين. The proclitic reading
     * stands, but like a common word it needs a cue.
     */
    public boolean isWholeWord(String token) {
        return wholeWords.contains(token);
    }

    /**
     * Whether the normalized token, read as a proclitic and a name, is also a whole verb form: و + a
     * verb opens a clause (، وصلوا إلى ...), so not even a list makes it a place.
     */
    public boolean isWholeVerb(String token) {
        return wholeVerbs.contains(token);
    }

    /**
     * Whether the normalized name is one of the hand-listed common words, those the dictionary does
     * not cover or whose ordinary sense dominates news use even where the place is prominent
     * (الشام is as often the Levant as Damascus): they always need a strong cue.
     */
    public boolean isListedWord(String normalizedName) {
        return normalizedName.indexOf(' ') < 0 && listedWords.contains(normalizedName);
    }

    /**
     * Whether the normalized name is a state's (تركيا، روسيا): news names states as actors, and a
     * Syrian village of the same name is not meant.
     */
    public boolean isCountry(String normalizedName) {
        return countries.contains(normalizedName);
    }

    /**
     * Whether the normalized word is the relative adjective of a state or a people, with or without
     * the article (الكردية، تركماني، المصرية): of a state in {@code countries.txt} by the regular
     * derivation (its name without the article and a final ا، يا or ية, then ي or ية: تركيا
     * تركية، مصر مصري، السعودية سعودي), of a people as {@code peoples.txt} lists it.
     */
    public boolean isNationalityAdjective(String normalizedWord) {
        String w = normalizedWord.startsWith(ARTICLE) ? normalizedWord.substring(ARTICLE.length()) : normalizedWord;
        String stem = w.endsWith(FEMININE_RELATIVE) ? w.substring(0, w.length() - FEMININE_RELATIVE.length())
                : w.endsWith(RELATIVE) ? w.substring(0, w.length() - RELATIVE.length()) : null;
        return stem != null && !stem.isEmpty() && w.indexOf(' ') < 0 && nationalityStems.contains(stem);
    }

    private static Set<String> nationalityStems(Set<String> countries, Set<String> peoples) {
        Set<String> stems = new HashSet<>();
        for (String country : countries) {
            if (country.indexOf(' ') >= 0) {
                continue;
            }
            stems.add(stateStem(country));
            if (country.startsWith(ARTICLE)) {
                // the hamza folds, so ألمانيا reads as if it had the article: keep both readings
                stems.add(stateStem(country.substring(ARTICLE.length())));
            }
        }
        for (String people : peoples) {
            String p = people.startsWith(ARTICLE) ? people.substring(ARTICLE.length()) : people;
            stems.add(p.endsWith(RELATIVE) ? p.substring(0, p.length() - RELATIVE.length()) : p);
        }
        return Set.copyOf(stems);
    }

    private static String stateStem(String name) {
        for (String ending : STATE_ENDINGS) {
            if (name.endsWith(ending) && name.length() > ending.length() + 1) {
                return name.substring(0, name.length() - ending.length());
            }
        }
        return name;
    }

    /** Whether every token of the normalized name is a given name (العبد الله، مصطفى). */
    public boolean isGivenName(String normalizedName) {
        return allIn(normalizedName, givenNames);
    }

    private static boolean allIn(String normalizedName, Set<String> words) {
        int from = 0;
        while (from <= normalizedName.length()) {
            int space = normalizedName.indexOf(' ', from);
            int to = space < 0 ? normalizedName.length() : space;
            if (!words.contains(normalizedName.substring(from, to))) {
                return false;
            }
            from = to + 1;
        }
        return true;
    }

    /**
     * The words and their other form as to the article, so that one lookup answers for both: each
     * word, ال + it, and, for a word written with the article, the word without it unless that too
     * starts with ال (the bare التزام is looked up as itself and as تزام, never as الالتزام).
     */
    private static Set<String> withOrWithoutArticle(Set<String> words) {
        Set<String> forms = new HashSet<>(words.size() * 3);
        for (String w : words) {
            forms.add(w);
            forms.add(ARTICLE + w);
            if (w.startsWith(ARTICLE) && !w.startsWith(ARTICLE, ARTICLE.length())) {
                forms.add(w.substring(ARTICLE.length()));
            }
        }
        return Set.copyOf(forms);
    }

    /**
     * The words and, for a word written with the article, the word without it: particles, pronouns
     * and verbs never take the article, so ال + one of them is another word (الحولة, the Houla
     * plain, is not حوله "around it").
     */
    private static Set<String> withoutArticleToo(Set<String> words) {
        Set<String> forms = new HashSet<>(words.size() * 2);
        for (String w : words) {
            forms.add(w);
            if (w.startsWith(ARTICLE) && !w.startsWith(ARTICLE, ARTICLE.length())) {
                forms.add(w.substring(ARTICLE.length()));
            }
        }
        return Set.copyOf(forms);
    }

    private static Set<String> read(String file) {
        Set<String> words = new HashSet<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + DIR + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(ArabicNormalizer.normalize(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
