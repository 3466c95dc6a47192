package org.maydan.gazetteer.normalize;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The loose key of a normalized name: the form under which spelling variants of news text meet.
 *
 * <p>The article ال is dropped at the start of every token; tokens are joined without spaces, and a
 * token-final ه (from ة) before another token becomes ت, as when a compound is written joined
 * (معرة حرمة / معرتحرمة, كفر نبودة / كفرنبودة); a final ي, ه or ا of the whole name is folded to one
 * marker (كباني / كبانة / كبانا). Exact matches must still be preferred over loose ones.
 */
public final class LooseKeys {

    /** Replaces the folded final vowel letter. */
    public static final char FINAL_VOWEL = '*';

    /** Letters a token must keep after its article for the article to be dropped. */
    public static final int MIN_TOKEN_AFTER_ARTICLE = 2;

    /** Most joinable spaces whose every combination {@link #joinedVariants} writes. */
    static final int MAX_JOINABLE = 3;

    /** Emphatic and interdental letters, and the plain letters {@link #vowelSkeleton} writes for them. */
    private static final String EMPHATIC = "طصضظثذ";
    private static final String PLAIN = "تسدزتد";

    private LooseKeys() {
    }

    /** The loose key of a normalized (space-separated) name. */
    public static String of(String normalized) {
        String compact = compact(normalized);
        return foldFinal(compact);
    }

    /** The joined form without the final-vowel folding: what prefix checks compare against. */
    public static String compact(String normalized) {
        StringBuilder out = new StringBuilder(normalized.length());
        int i = 0;
        int n = normalized.length();
        while (i < n) {
            int end = normalized.indexOf(' ', i);
            if (end < 0) {
                end = n;
            }
            appendToken(out, normalized, i, end, end < n);
            i = end + 1;
        }
        return out.toString();
    }

    /** Letters that never join the next one: a space after them is unseen, and often not typed. */
    private static final String NON_JOINING = "ادذرزوه";

    /**
     * The name written without the space before an article that follows a letter which does not
     * join (جسر الشغور as جسرالشغور, قلعة المضيق as قلعةالمضيق: the space is invisible in print, so
     * typists drop it), or null when the name has no such space. ه stands for ة, which normalizes
     * to it.
     */
    public static @Nullable String joinedBeforeArticle(String normalized) {
        List<String> variants = joinedVariants(normalized);
        return variants.isEmpty() ? null : variants.get(0);
    }

    /**
     * Every form of the name written without some of the spaces {@link #joinedBeforeArticle} drops:
     * typists drop one and keep another (مطار ديرالزور العسكري for مطار دير الزور العسكري). All of
     * them joined is the first form; a name with more than {@value #MAX_JOINABLE} such spaces
     * gives that form alone. Empty when the name has none.
     */
    public static List<String> joinedVariants(String normalized) {
        List<Integer> spaces = new ArrayList<>();
        for (int i = normalized.indexOf(' '); i > 0; i = normalized.indexOf(' ', i + 1)) {
            int next = normalized.indexOf(' ', i + 1);
            int tokenLength = (next < 0 ? normalized.length() : next) - (i + 1);
            if (NON_JOINING.indexOf(normalized.charAt(i - 1)) >= 0 && normalized.startsWith("ال", i + 1)
                    && tokenLength - 2 >= MIN_TOKEN_AFTER_ARTICLE) {
                spaces.add(i);
            }
        }
        if (spaces.isEmpty()) {
            return List.of();
        }
        int subsets = spaces.size() > MAX_JOINABLE ? 1 : (1 << spaces.size()) - 1;
        List<String> out = new ArrayList<>(subsets);
        for (int mask = (1 << Math.min(spaces.size(), MAX_JOINABLE)) - 1; out.size() < subsets; mask--) {
            StringBuilder b = new StringBuilder(normalized.length());
            int from = 0;
            for (int k = 0; k < spaces.size(); k++) {
                boolean join = spaces.size() > MAX_JOINABLE || (mask & (1 << k)) != 0;
                if (join) {
                    b.append(normalized, from, spaces.get(k));
                    from = spaces.get(k) + 1;
                }
            }
            out.add(b.append(normalized, from, normalized.length()).toString());
        }
        return out;
    }

    /** Appends one normalized token to a compact key under construction. */
    public static void appendToken(StringBuilder out, CharSequence token, int start, int end,
            boolean followed) {
        int from = start;
        if (end - start - 2 >= MIN_TOKEN_AFTER_ARTICLE && token.charAt(start) == 'ا'
                && token.charAt(start + 1) == 'ل') {
            from += 2;
        }
        out.append(token, from, end);
        if (followed && out.length() > 0 && out.charAt(out.length() - 1) == 'ه') {
            out.setCharAt(out.length() - 1, 'ت');
        }
    }

    /** Whether {@code c} is a final vowel letter that loose keys fold: ي, ه or ا. */
    public static boolean isFoldedFinal(char c) {
        return c == 'ي' || c == 'ه' || c == 'ا';
    }

    /** Folds a final ي, ه or ا to {@link #FINAL_VOWEL}. */
    public static String foldFinal(String compact) {
        int last = compact.length() - 1;
        if (last > 0) {
            char c = compact.charAt(last);
            if (isFoldedFinal(c)) {
                return compact.substring(0, last) + FINAL_VOWEL;
            }
        }
        return compact;
    }

    /**
     * The consonant skeleton of a loose key: the long vowel letters ا و ي dropped everywhere but
     * at the start, so that news spellings adding or dropping a long vowel inside a village name
     * (كفرنبيل / كفرنبل, معرشورين / معرشمشة is not this) meet; and each emphatic or interdental
     * letter written as its plain counterpart (ط ت، ص س، ض د، ظ ز، ث ت، ذ د), as Levantine speech
     * says them and local spellings of a village's name waver between them (المسطومة / مستومة،
     * صوران / سوران). The folded final vowel stays.
     */
    public static String vowelSkeleton(String looseKey) {
        StringBuilder out = new StringBuilder(looseKey.length());
        for (int i = 0; i < looseKey.length(); i++) {
            char c = looseKey.charAt(i);
            if (i == 0 || !isLongVowel(c)) {
                int k = EMPHATIC.indexOf(c);
                out.append(k < 0 ? c : PLAIN.charAt(k));
            }
        }
        return out.toString();
    }

    /** Letters of a skeleton other than the folded final vowel marker. */
    public static int consonants(String skeleton) {
        int n = skeleton.length();
        return n > 0 && skeleton.charAt(n - 1) == FINAL_VOWEL ? n - 1 : n;
    }

    private static boolean isLongVowel(char c) {
        return c == 'ا' || c == 'و' || c == 'ي';
    }
}
