package org.maydan.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A geoparser over a fixed dictionary of test names: finds each surface as a whole word, also after
 * the proclitics و ف ب ل ك, longest names first.
 */
final class FakeGeoparser implements Geoparser {

    private record Entry(String surface, String name, String kind, String admin1) {
    }

    private static final String PROCLITICS = "وفبلك";

    private final List<Entry> entries = new ArrayList<>();

    /** The test gazetteer: a few places of Idlib and Hama, with one region and one governorate. */
    static FakeGeoparser standard() {
        return new FakeGeoparser()
                .add("كفرنبل", "Kafr Nabl", "town", "Idlib")
                .add("كورة", "Kurah", "village", "Idlib")
                .add("سحال", "Sahal", "village", "Idlib")
                .add("سراقب", "Saraqib", "city", "Idlib")
                .add("أريحا", "Ariha", "city", "Idlib")
                .add("خان شيخون", "Khan Shaykhun", "city", "Idlib")
                .add("معرة النعمان", "Maarat al-Numan", "city", "Idlib")
                .add("جسر الشغور", "Jisr al-Shughur", "city", "Idlib")
                .add("كفرزيتا", "Kafr Zita", "town", "Hama")
                .add("اللطامنة", "Al-Lataminah", "town", "Hama")
                .add("حماة", "Hama", "city", "Hama")
                .add("حلب", "Aleppo", "city", "Aleppo")
                .add("ريف إدلب الجنوبي", "Southern Idlib countryside", "region", "Idlib")
                .add("إدلب", "Idlib Governorate", "governorate", "Idlib");
    }

    FakeGeoparser add(String surface, String name, String kind, String admin1) {
        entries.add(new Entry(surface, name, kind, admin1));
        entries.sort(Comparator.comparingInt((Entry e) -> e.surface().length()).reversed());
        return this;
    }

    @Override
    public List<Toponym> parse(String text, @Nullable LocalDate published) {
        boolean[] taken = new boolean[text.length()];
        List<Toponym> out = new ArrayList<>();
        for (Entry e : entries) {
            int from = 0;
            while ((from = text.indexOf(e.surface(), from)) >= 0) {
                int end = from + e.surface().length();
                if (wordStart(text, from) && (end == text.length() || !Character.isLetter(text.charAt(end)))
                        && free(taken, from, end)) {
                    for (int i = from; i < end; i++) {
                        taken[i] = true;
                    }
                    int precision = "region".equals(e.kind()) ? 2 : "governorate".equals(e.kind()) ? 3 : 1;
                    out.add(new Toponym(from, end, e.surface(), "test:" + e.name(), e.name(), e.surface(), e.kind(),
                            35.0, 36.0, e.admin1(), 1.0, precision));
                }
                from = end;
            }
        }
        out.sort(Comparator.comparingInt(Toponym::start));
        return out;
    }

    private static boolean wordStart(String text, int at) {
        int i = at - 1;
        int proclitics = 0;
        while (i >= 0 && PROCLITICS.indexOf(text.charAt(i)) >= 0 && proclitics < 2) {
            i--;
            proclitics++;
        }
        return i < 0 || !Character.isLetter(text.charAt(i));
    }

    private static boolean free(boolean[] taken, int from, int end) {
        for (int i = from; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }
}
