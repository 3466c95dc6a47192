package org.maydan.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.AdminPath;
import org.maydan.gazetteer.Gazetteer;
import org.maydan.gazetteer.Geoparser;
import org.maydan.gazetteer.Place;
import org.maydan.gazetteer.PlaceKind;
import org.maydan.gazetteer.PlaceName;

/**
 * The real geoparser over a small dictionary of test towns. Tests change the dictionary between
 * runs to stand for a gazetteer update: the next article is read with the new places.
 */
final class DictionaryGeoparser implements Supplier<Geoparser> {

    /** A dictionary entry. */
    record Entry(String ref, String name, String admin1, double lat, double lon) {}

    private final Map<String, Entry> names = new ConcurrentHashMap<>();
    private volatile @Nullable Geoparser current;

    /** Kafr Nabl, Kabani and Saraqib under test refs. */
    static DictionaryGeoparser standard() {
        return new DictionaryGeoparser()
                .put("كفرنبل", new Entry("test:kafr-nabl", "Kafr Nabl", "Idleb", 35.614, 36.561))
                .put("كباني", new Entry("test:kabani", "Kabani", "Lattakia", 35.718, 36.233))
                .put("سراقب", new Entry("test:saraqib", "Saraqib", "Idleb", 35.861, 36.806));
    }

    /** Names {@code surface} as the town of {@code entry}, instead of any earlier one. */
    DictionaryGeoparser put(String surface, Entry entry) {
        names.put(surface, entry);
        current = null;
        return this;
    }

    @Override
    public Geoparser get() {
        Geoparser g = current;
        if (g == null) {
            List<Place> places = new ArrayList<>();
            names.forEach((surface, e) -> places.add(new Place(e.ref(), PlaceKind.TOWN, surface, e.name(),
                    List.of(new PlaceName("ar", surface), new PlaceName("en", e.name())), e.lat(), e.lon(), null,
                    new AdminPath(null, e.admin1(), null, null, null, null, null), "SY", null, "test dictionary",
                    "facts", List.of())));
            g = new Geoparser(Gazetteer.of(places));
            current = g;
        }
        return g;
    }
}
