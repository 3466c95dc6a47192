package org.maydan.gazetteer.source;

import java.util.Locale;
import java.util.Set;
import org.maydan.gazetteer.text.ArabicNormalizer;

/** Words that name a type of administrative unit rather than a place. */
final class AdminWords {

    private static final Set<String> WORDS = Set.of("subdistrict", "district", "governorate",
            "province", "nahiyat", "nahiyah", "nahiya", "mintaqat", "muhafazat", "markaz", "nahyt",
            "mrkz", "ناحيه", "منطقه", "محافظه", "مركز");

    private AdminWords() {
    }

    static boolean mentionsUnit(String name) {
        for (String word : ArabicNormalizer.normalize(name).toLowerCase(Locale.ROOT).split(" ")) {
            if (WORDS.contains(word) || WORDS.contains(word.replaceAll("[^a-z]", ""))) {
                return true;
            }
        }
        return false;
    }
}
