package org.maydan.gazetteer.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Named word lists of one resource file: lines {@code LIST<TAB>word or phrase[<TAB>value]}, blank
 * lines and {@code #} comments skipped. Words are normalized when loaded, as the tokens of a text
 * are ({@link ArabicNormalizer}), so the files are written in ordinary spelling with hamza and ة;
 * a token is looked up through its proclitic readings ({@link #isAny}). The geoparser's and the
 * extractor's word lists are read this way. Immutable once loaded.
 */
public final class WordTable {

    private final String resource;
    private final Map<String, Map<String, String>> lists;

    private WordTable(String resource, Map<String, Map<String, String>> lists) {
        this.resource = resource;
        this.lists = lists;
    }

    /** Loads {@code resource}, a file found as {@code owner} finds its resources. */
    public static WordTable load(Class<?> owner, String resource) {
        Map<String, Map<String, String>> lists = new HashMap<>();
        for (String[] cols : rows(owner, resource, 2, 3, "LIST<TAB>words[<TAB>value]")) {
            lists.computeIfAbsent(cols[0], k -> new LinkedHashMap<>())
                    .put(ArabicNormalizer.normalize(cols[1]), cols.length == 3 ? cols[2] : "");
        }
        return new WordTable(resource, lists);
    }

    /** The rows of a resource of {@code owner}, as {@link #rows(String, BufferedReader, int, int, String)}. */
    public static List<String[]> rows(Class<?> owner, String resource, int minColumns, int maxColumns, String layout) {
        try (InputStream in = Objects.requireNonNull(owner.getResourceAsStream(resource), resource)) {
            return rows(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), minColumns,
                    maxColumns, layout);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows of a tab-separated word file, each cell stripped; blank lines and {@code #} comments
     * are skipped, and a row with too few or too many cells fails with its line number and the
     * expected {@code layout}.
     */
    public static List<String[]> rows(String resource, BufferedReader reader, int minColumns, int maxColumns,
            String layout)
            throws IOException {
        List<String[]> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] cols = trimmed.split("\t+");
            if (cols.length < minColumns || cols.length > maxColumns) {
                throw new IllegalArgumentException(resource + " line " + number + ": want " + layout);
            }
            for (int i = 0; i < cols.length; i++) {
                cols[i] = cols[i].strip();
            }
            rows.add(cols);
        }
        return rows;
    }

    /** The normalized words of a list. */
    public Set<String> words(String list) {
        return Set.copyOf(list(list).keySet());
    }

    /** The words of a list as an array, for loops that must not allocate. */
    public String[] array(String list) {
        return list(list).keySet().toArray(String[]::new);
    }

    /** A list whose values are whole numbers, by normalized word. */
    public Map<String, Integer> numbers(String list) {
        Map<String, Integer> out = new HashMap<>();
        list(list).forEach((word, value) -> out.put(word, Integer.valueOf(value)));
        return Map.copyOf(out);
    }

    /** A list whose values are words or names too, both normalized. */
    public Map<String, String> pairs(String list) {
        Map<String, String> out = new HashMap<>();
        list(list).forEach((word, value) -> out.put(word, ArabicNormalizer.normalize(value)));
        return Map.copyOf(out);
    }

    /** A list whose values name constants of {@code type}, by normalized word. */
    public <E extends Enum<E>> Map<String, E> constants(String list, Class<E> type) {
        Map<String, E> out = new HashMap<>();
        list(list).forEach((word, value) -> out.put(word, Enum.valueOf(type, value)));
        return Map.copyOf(out);
    }

    private Map<String, String> list(String list) {
        Map<String, String> words = lists.get(list);
        if (words == null) {
            throw new IllegalStateException(resource + " has no list " + list);
        }
        return words;
    }

    /** The one word of a list that holds a single word (a keyword of a rule). */
    public String word(String list) {
        Map<String, String> words = list(list);
        if (words.size() != 1) {
            throw new IllegalStateException(resource + ": list " + list + " should hold one word");
        }
        return words.keySet().iterator().next();
    }

    /** Whether a reading of {@code token} (the word or it without proclitics) is one of {@code words}. */
    public static boolean isAny(Token token, Set<String> words) {
        return readingIn(token, words) != null;
    }

    /** The first reading of {@code token} that is one of {@code words}, or null. */
    public static @Nullable String readingIn(Token token, Set<String> words) {
        List<String> readings = token.word().readings();
        for (int i = 0; i < readings.size(); i++) {
            if (words.contains(readings.get(i))) {
                return readings.get(i);
            }
        }
        return null;
    }
}
