package org.maydan.evaluate;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Light name comparison used only to recognise that a prediction names a gold place that has no
 * coordinates (and so is neither right nor wrong) and to find an event's place by name. It folds
 * Arabic spelling variants (hamza forms of alef, taa marbuta, alef maqsura, diacritics, tatweel),
 * case, punctuation and spacing, and tolerates up to two attached proclitics (و ف ب ل ك) on either side.
 */
final class PlaceNames {

    private static final Pattern MARKS = Pattern.compile("[\\p{Mn}\\u0640]");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final String PROCLITICS = "وفبلك";
    /** Shortest name left after stripping a proclitic, so "بنش" does not collapse to two letters. */
    private static final int MIN_STEM_LENGTH = 3;
    private static final int MAX_PROCLITICS = 2;

    private PlaceNames() {
    }

    static String normalize(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ٱ', 'ا')
                .replace('ة', 'ه').replace('ى', 'ي');
        return NOT_LETTER_OR_DIGIT.matcher(s).replaceAll("");
    }

    /** Whether two names are the same after normalisation, allowing leading proclitics. */
    static boolean same(String a, String b) {
        String x = normalize(a);
        String y = normalize(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        return x.equals(y) || withoutProclitics(x).equals(y) || x.equals(withoutProclitics(y));
    }

    /** Whether any non-blank name in {@code names} is the same as any in {@code others}. */
    static boolean anySame(Collection<String> names, Collection<String> others) {
        return names.stream().anyMatch(n -> others.stream().anyMatch(o -> same(n, o)));
    }

    /** Strips up to {@link #MAX_PROCLITICS} leading proclitic letters, as in وبكفرنبل. */
    private static String withoutProclitics(String s) {
        String stem = s;
        for (int i = 0; i < MAX_PROCLITICS; i++) {
            boolean strippable = stem.length() > MIN_STEM_LENGTH && PROCLITICS.indexOf(stem.charAt(0)) >= 0;
            if (!strippable) {
                break;
            }
            stem = stem.substring(1);
        }
        return stem;
    }
}
