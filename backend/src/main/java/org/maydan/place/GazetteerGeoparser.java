package org.maydan.place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.maydan.extract.Toponym;
import org.maydan.gazetteer.Gazetteer;
import org.maydan.gazetteer.Place;

/**
 * The extraction's {@link org.maydan.extract.Geoparser} port over the gazetteer's geoparser.
 *
 * <p>Mentions below {@link org.maydan.gazetteer.Geoparser#MIN_CONFIDENCE} (parts of the whole
 * country such as شمال غربي سوريا) neither place events nor appear as places. A name that stays
 * ambiguous is passed on with its best guess and its low confidence, so an event still lands
 * near its place and the confidence tells the reader how far to trust it.
 */
public final class GazetteerGeoparser implements org.maydan.extract.Geoparser {

    private final org.maydan.gazetteer.Geoparser geoparser;

    public GazetteerGeoparser(Gazetteer gazetteer) {
        this.geoparser = new org.maydan.gazetteer.Geoparser(gazetteer);
    }

    @Override
    public List<Toponym> parse(String text, @Nullable LocalDate published) {
        return convert(geoparser.parse(text));
    }

    @Override
    public Document document(String text, @Nullable LocalDate published) {
        List<org.maydan.gazetteer.Toponym> mentions = geoparser.parse(text);
        return new Document(convert(mentions),
                convert(org.maydan.gazetteer.Geoparser.distinctPlaces(text, mentions)));
    }

    private static List<Toponym> convert(List<org.maydan.gazetteer.Toponym> toponyms) {
        List<Toponym> out = new ArrayList<>(toponyms.size());
        for (org.maydan.gazetteer.Toponym t : toponyms) {
            Place place = t.bestGuess();
            if (place == null || t.confidence() < org.maydan.gazetteer.Geoparser.MIN_CONFIDENCE) {
                continue;
            }
            String name = place.nameEn().isBlank() ? place.nameAr() : place.nameEn();
            out.add(new Toponym(t.start(), t.end(), t.surface(), place.id(), name, place.nameAr(),
                    t.kind().code(), place.lat(), place.lon(), place.admin().admin1En(), t.confidence(),
                    t.geoPrecision()));
        }
        return out;
    }
}
