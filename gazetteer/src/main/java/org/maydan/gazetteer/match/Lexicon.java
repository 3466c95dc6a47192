package org.maydan.gazetteer.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.maydan.gazetteer.text.ArabicNormalizer;

/**
 * Word lists that tell place names from ordinary words of news prose: common
 * given names (resources under {@code org/maydan/gazetteer/lexicon/}, one word a line, normalized
 * when loaded). A gazetteer name equal to such a word, with or without the article, is a place only
 * with a cue. Immutable.
 */
public final class Lexicon {

    static final String DIR = "/org/maydan/gazetteer/lexicon/";
    private static final String ARTICLE = "ال";

    private static final Lexicon SHIPPED = new Lexicon(read("function-words.txt"),
            read("common-words.txt"), read("given-names.txt"), read("countries.txt"));

    private final Set<String> functionWords;
    private final Set<String> commonWords;
    private final Set<String> givenNames;
    private final Set<String> countries;

    Lexicon(Set<String> functionWords, Set<String> commonWords, Set<String> givenNames,
            Set<String> countries) {
        this.countries = Set.copyOf(countries);
        this.functionWords = Set.copyOf(functionWords);
        this.commonWords = Set.copyOf(commonWords);
        this.givenNames = Set.copyOf(givenNames);
    }

    /** The lists shipped with the library. */
    public static Lexicon shipped() {
        return SHIPPED;
    }

    /** Whether the normalized name is one function word or frequent verb (never a place in prose). */
    public boolean isFunctionWord(String normalizedName) {
        return normalizedName.indexOf(' ') < 0 && inWithOrWithoutArticle(normalizedName, functionWords);
    }

    /** Whether the normalized name is one frequent noun or adjective, or a function word. */
    public boolean isCommonWord(String normalizedName) {
        return normalizedName.indexOf(' ') < 0 && (inWithOrWithoutArticle(normalizedName, commonWords)
                || isFunctionWord(normalizedName));
    }

    /**
     * Whether the normalized token is a word of these lists other than a given name: a state's name,
     * a function word or a common word. A proclitic is never read off such a word (لبنان is not
     * ل + بنان, بلاد not ب + لاد).
     */
    public boolean isKnownWord(String token) {
        return isCountry(token) || isCommonWord(token);
    }

    /**
     * Whether the normalized name is a state's (تركيا، روسيا): news names states as actors, and a
     * Syrian village of the same name is not meant.
     */
    public boolean isCountry(String normalizedName) {
        return countries.contains(normalizedName);
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
            if (!inWithOrWithoutArticle(normalizedName.substring(from, to), words)) {
                return false;
            }
            from = to + 1;
        }
        return true;
    }

    private static boolean inWithOrWithoutArticle(String token, Set<String> words) {
        if (words.contains(token)) {
            return true;
        }
        if (token.startsWith(ARTICLE)) {
            return words.contains(token.substring(ARTICLE.length()));
        }
        return words.contains(ARTICLE + token);
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
