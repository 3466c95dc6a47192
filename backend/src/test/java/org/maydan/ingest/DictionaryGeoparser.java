package org.maydan.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.maydan.extract.Geoparser;
import org.maydan.extract.Toponym;

/**
 * A geoparser over a small dictionary of test names, found as whole words (also after و or ب).
 * Tests change the dictionary between runs to stand for a gazetteer update.
 */
final class DictionaryGeoparser implements Geoparser {

    private static final String PROCLITICS = "وب";

    /** A dictionary entry. */
    record Entry(String ref, String name, String admin1, double lat, double lon) {}

    private final Map<String, Entry> names = new ConcurrentHashMap<>();
    private volatile boolean placePerSurface;

    /** Kafr Nabl, Kabani and Saraqib under test refs. */
    static DictionaryGeoparser standard() {
        return new DictionaryGeoparser()
                .put("كفرنبل", new Entry("test:kafr-nabl", "Kafr Nabl", "Idleb", 35.614, 36.561))
                .put("كباني", new Entry("test:kabani", "Kabani", "Lattakia", 35.718, 36.233))
                .put("سراقب", new Entry("test:saraqib", "Saraqib", "Idleb", 35.861, 36.806));
    }

    DictionaryGeoparser put(String surface, Entry entry) {
        names.put(surface, entry);
        return this;
    }

    /**
     * Lists one place per distinct surface rather than per ref, as a geoparser may that reads للرقة
     * as a name of its own: the same place then comes twice.
     */
    DictionaryGeoparser placePerSurface() {
        placePerSurface = true;
        return this;
    }

    @Override
    public Document document(String text, @Nullable LocalDate published) {
        if (!placePerSurface) {
            return Geoparser.super.document(text, published);
        }
        List<Toponym> mentions = parse(text, published);
        Map<String, Toponym> bySurface = new java.util.LinkedHashMap<>();
        mentions.forEach(t -> bySurface.putIfAbsent(t.surface(), t));
        return new Document(mentions, List.copyOf(bySurface.values()));
    }

    @Override
    public List<Toponym> parse(String text, @Nullable LocalDate published) {
        List<Toponym> out = new ArrayList<>();
        names.forEach((surface, e) -> {
            for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
                int end = at + surface.length();
                boolean starts = at == 0 || !Character.isLetter(text.charAt(at - 1))
                        || PROCLITICS.indexOf(text.charAt(at - 1)) >= 0
                        && (at == 1 || !Character.isLetter(text.charAt(at - 2)));
                boolean ends = end == text.length() || !Character.isLetter(text.charAt(end));
                if (starts && ends) {
                    out.add(new Toponym(at, end, surface, e.ref(), e.name(), surface, "town", e.lat(), e.lon(),
                            e.admin1(), 1.0, 1));
                }
            }
        });
        out.sort(Comparator.comparingInt(Toponym::start));
        return out;
    }
}
