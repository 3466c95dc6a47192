package org.maydan.gazetteer.normalize;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.maydan.gazetteer.text.WordTable;

/**
 * Script-independent sound skeletons, so that "Kafr Nabuda", "Kfar Nabouda", "Kafranbuda" and
 * كفرنبودة share one key, and Latin folds for finer similarity.
 *
 * <p>Latin input goes through ICU4J ({@code Any-Latin; Latin-ASCII; Lower}), loses apostrophes and
 * ayn marks, the article (al, el, ad-, ash-...) and spaces; vowels (and w/y except word-initially)
 * and doubled letters go; q/c/k and g-less variants fold to k, v to f, p to b, "ch" to "sh", "dj" to
 * "j"; a word-final h after a vowel goes (Kabbaneh, Hamah). Arabic input (already normalized) maps
 * each consonant to the same alphabet (ش to "sh", خ to "kh", ق to k...), drops ع and long vowels,
 * and reads a word-final ه (from ة) as silent at the end of a name and as t inside a compound
 * (قلعة المضيق to "kltmdk", like "Qal'at al-Madiq").
 */
public final class LatinSkeleton {

    private static final Set<String> ARTICLES = WordTable.load(LatinSkeleton.class,
            "/org/maydan/gazetteer/lexicon/latin-words.tsv").words("ARTICLE");

    private static final ThreadLocal<Transliterator> TO_ASCII = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

    private LatinSkeleton() {
    }

    /** Whether the text contains Arabic letters (and so is read as Arabic). */
    public static boolean isArabic(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF') {
                return true;
            }
        }
        return false;
    }

    /** The skeleton of a name in any script. */
    public static String skeleton(String text) {
        if (isArabic(text)) {
            return arabicSkeleton(org.maydan.gazetteer.text.ArabicNormalizer.normalize(text));
        }
        return latinSkeleton(fold(text));
    }

    /**
     * Latin text folded to lowercase ASCII words without apostrophes or articles, joined by single
     * spaces (vowels kept): the finer form for similarity between Latin spellings.
     */
    public static String fold(String latin) {
        String ascii = TO_ASCII.get().transliterate(latin);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= ascii.length(); i++) {
            char c = i < ascii.length() ? ascii.charAt(i) : ' ';
            if (c == '\'' || c == '`' || c == '\u2019' || c == '\u02BF' || c == '\u02BE') {
                continue;
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                word.append(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (words.size() > 1) {
            words.removeIf(ARTICLES::contains);
        }
        return String.join(" ", words);
    }

    /**
     * The finer Latin form compared between spellings that share a skeleton: {@link #fold} without
     * spaces, vowels reduced to three classes (a/e, i/y, o/u/w) with runs and doubled letters
     * collapsed, a final h after a vowel and then the final vowel dropped (Kabbaneh, Kabani and
     * Kabana all give "kaban", Kobani gives "kuban").
     */
    public static String vowelClasses(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            char mapped = switch (c) {
                case 'e' -> 'a';
                case 'y' -> 'i';
                case 'o', 'w' -> 'u';
                case ' ' -> 0;
                default -> c;
            };
            if (mapped != 0 && (out.length() == 0 || out.charAt(out.length() - 1) != mapped)) {
                out.append(mapped);
            }
        }
        int last = out.length() - 1;
        if (last > 1 && out.charAt(last) == 'h' && isVowel(out.charAt(last - 1))) {
            out.setLength(last--);
        }
        if (last > 1 && isVowel(out.charAt(last))) {
            out.setLength(last);
        }
        return out.toString();
    }

    /** The skeleton of a folded Latin string (see {@link #fold}). */
    public static String latinSkeleton(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        for (String word : folded.split(" ")) {
            latinWord(word, out);
        }
        return collapse(out);
    }

    private static void latinWord(String w, StringBuilder out) {
        int n = w.length();
        int wordStart = out.length();
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : ' ';
            boolean initial = out.length() == wordStart;
            if (c == 'c' && next == 'h') {
                out.append("sh");
                i++;
            } else if (c == 'd' && next == 'j') {
                out.append('j');
                i++;
            } else if (c == 'p' && next == 'h') {
                out.append('f');
                i++;
            } else if (isVowel(c)) {
                if (initial && (c == 'w' || c == 'y') && i + 1 < n && isPlainVowel(next)) {
                    out.append(c);
                }
            } else if (c == 'h' && i == n - 1 && i > 0 && isVowel(w.charAt(i - 1))) {
                continue;
            } else {
                out.append(consonant(c));
            }
        }
    }

    private static char consonant(char c) {
        return switch (c) {
            case 'q', 'c' -> 'k';
            case 'v' -> 'f';
            case 'p' -> 'b';
            default -> c;
        };
    }

    private static boolean isPlainVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean isVowel(char c) {
        return isPlainVowel(c) || c == 'y' || c == 'w';
    }

    /** The skeleton of a normalized Arabic name. */
    public static String arabicSkeleton(String normalized) {
        StringBuilder out = new StringBuilder(normalized.length() + 4);
        String[] words = normalized.split(" ");
        for (int k = 0; k < words.length; k++) {
            String w = words[k];
            boolean last = k == words.length - 1;
            int from = w.length() > 3 && w.startsWith("ال") ? 2 : 0;
            int wordStart = out.length();
            for (int i = from; i < w.length(); i++) {
                char c = w.charAt(i);
                boolean initial = out.length() == wordStart;
                if (c == 'ه' && i == w.length() - 1 && i > from) {
                    if (!last) {
                        out.append('t');
                    }
                } else if ((c == 'و' || c == 'ي') && initial) {
                    out.append(c == 'و' ? 'w' : 'y');
                } else {
                    out.append(arabicConsonant(c));
                }
            }
        }
        return collapse(out);
    }

    private static String arabicConsonant(char c) {
        return switch (c) {
            case 'ب' -> "b";
            case 'ت', 'ط' -> "t";
            case 'ث' -> "th";
            case 'ج' -> "j";
            case 'ح', 'ه' -> "h";
            case 'خ' -> "kh";
            case 'د', 'ض' -> "d";
            case 'ذ' -> "dh";
            case 'ر' -> "r";
            case 'ز' -> "z";
            case 'ظ' -> "z";
            case 'س', 'ص' -> "s";
            case 'ش' -> "sh";
            case 'غ' -> "gh";
            case 'ف' -> "f";
            case 'ق', 'ك' -> "k";
            case 'ل' -> "l";
            case 'م' -> "m";
            case 'ن' -> "n";
            default -> c >= '0' && c <= '9' ? String.valueOf(c) : "";
        };
    }

    private static String collapse(StringBuilder s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
