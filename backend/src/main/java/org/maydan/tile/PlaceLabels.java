package org.maydan.tile;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;
import org.maydan.gazetteer.Gazetteer;
import org.maydan.gazetteer.Place;

/**
 * The base map's labels: countries and governorates from the shipped data, cities, towns and
 * villages from the gazetteer, shown by zoom (the larger a place, the earlier) in Arabic or
 * English. For tiles, each (zoom, language) is placed once for the whole world and kept, so a label
 * crossing a tile edge is drawn the same in both tiles; a static map is placed for its own view.
 */
final class PlaceLabels {

    static final int COUNTRY_MIN_ZOOM = 3;
    static final int COUNTRY_MAX_ZOOM = 8;
    static final int GOVERNORATE_MIN_ZOOM = 7;
    static final int GOVERNORATE_MAX_ZOOM = 10;
    static final int NEIGHBOURHOOD_MIN_ZOOM = 13;
    static final int ALWAYS = 30;
    static final long MAJOR_CITY_POPULATION = 1_000_000;
    static final long LARGE_CITY_POPULATION = 200_000;
    static final long CITY_POPULATION = 50_000;
    static final long TOWN_POPULATION = 20_000;
    static final long LARGE_VILLAGE_POPULATION = 5_000;
    /** Countries whose area in the data (square degrees) is below this get their label later. */
    static final double SMALL_COUNTRY = 2;
    private static final Color HALO = new Color(255, 255, 255, 215);
    private static final float HALO_WIDTH = 2.6f;
    private static final Color DOT_FILL = new Color(0x4a4550);
    private static final BasicStroke HALO_STROKE =
            new BasicStroke(HALO_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private static final String SYRIA = "SY";
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private final List<LabelCandidate> candidates;
    private final Map<String, STRtree> placedByZoom = new ConcurrentHashMap<>();

    PlaceLabels(BaseMapData data, @Nullable Gazetteer gazetteer) {
        List<LabelCandidate> all = new ArrayList<>();
        for (BaseMapData.Feature f : data.features(BaseMapData.Layer.LABEL)) {
            double area = f.properties().path("area").asDouble();
            boolean country = f.text("kind").equals("country");
            LabelKind kind = country ? LabelKind.COUNTRY : LabelKind.GOVERNORATE;
            int min = country ? COUNTRY_MIN_ZOOM + (area < SMALL_COUNTRY ? 2 : 0) : GOVERNORATE_MIN_ZOOM;
            int max = country ? COUNTRY_MAX_ZOOM : GOVERNORATE_MAX_ZOOM;
            org.locationtech.jts.geom.Coordinate c = f.geometry().getCoordinate();
            all.add(new LabelCandidate(c.x, c.y, f.text("name_en"), f.text("name_ar"), kind, min, max, area));
        }
        if (gazetteer != null) {
            for (Place p : gazetteer.places()) {
                LabelCandidate c = candidate(p);
                if (c != null) {
                    all.add(c);
                }
            }
        }
        all.sort(Comparator.comparing(LabelCandidate::kind).thenComparing(LabelCandidate::weight, Comparator.reverseOrder())
                .thenComparing(LabelCandidate::nameEn));
        this.candidates = List.copyOf(all);
    }

    /** A settlement's label, with the zoom its size earns; other kinds of place get none. */
    static @Nullable LabelCandidate candidate(Place p) {
        long population = p.population() == null ? 0 : p.population();
        LabelKind kind;
        int minZoom;
        switch (p.kind()) {
            case CITY, TOWN, VILLAGE -> {
                if (population >= MAJOR_CITY_POPULATION) {
                    kind = LabelKind.MAJOR_CITY;
                    minZoom = 4;
                } else if (population >= LARGE_CITY_POPULATION) {
                    kind = LabelKind.CITY;
                    minZoom = 6;
                } else if (population >= CITY_POPULATION) {
                    kind = LabelKind.CITY;
                    minZoom = 7;
                } else if (population >= TOWN_POPULATION || p.kind() == org.maydan.gazetteer.PlaceKind.CITY) {
                    kind = LabelKind.TOWN;
                    minZoom = 8;
                } else if (p.kind() == org.maydan.gazetteer.PlaceKind.TOWN || population >= LARGE_VILLAGE_POPULATION) {
                    kind = LabelKind.TOWN;
                    minZoom = 9;
                } else {
                    kind = LabelKind.VILLAGE;
                    minZoom = 11;
                }
            }
            case NEIGHBOURHOOD -> {
                kind = LabelKind.NEIGHBOURHOOD;
                minZoom = NEIGHBOURHOOD_MIN_ZOOM;
            }
            default -> {
                return null;
            }
        }
        String english = SYRIA.equals(p.country()) ? plainLatin(p.nameEn()) : p.nameEn();
        return new LabelCandidate(WebMercator.x(p.lon()), WebMercator.y(p.lat()), english, p.nameAr(), kind,
                minZoom, ALWAYS, population);
    }

    /**
     * GeoNames spells Syrian names in a scholarly transliteration (Ḩamāh, Ţarţūs) that reads as
     * noise on a map; the plain letters are what English-language reporting prints (Hamah, Tartus).
     */
    static String plainLatin(String name) {
        return COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    }

    /** Draws the labels of a tile view, from the placement of its whole zoom. */
    void drawTile(Graphics2D g, MapView view, Lang lang, double bufferPx) {
        int zoom = (int) Math.round(view.zoom());
        STRtree index = placedByZoom.computeIfAbsent(zoom + lang.code(), k -> placeWorld(zoom, lang));
        Envelope area = new Envelope(view.left() - bufferPx, view.left() + view.width() + bufferPx,
                view.top() - bufferPx, view.top() + view.height() + bufferPx);
        @SuppressWarnings("unchecked")
        List<LabelPlacer.Placed> hits = index.query(area);
        hits.sort(Comparator.comparing(p -> p.candidate().kind()));
        AffineTransform toView = AffineTransform.getTranslateInstance(-view.left(), -view.top());
        draw(g, hits, toView);
    }

    /** Places and draws the labels of any view (a static map), for that view alone. */
    void drawView(Graphics2D g, MapView view, Lang lang) {
        double f = view.factor();
        Envelope world = view.worldBounds(0);
        List<LabelCandidate> inView = candidates.stream().filter(c -> world.contains(c.x(), c.y())).toList();
        List<LabelPlacer.Placed> placed = LabelPlacer.place(inView, (int) Math.round(view.zoom()), lang,
                new LabelPlacer.Projection() {
                    @Override
                    public double x(double worldX) {
                        return worldX * f - view.left();
                    }

                    @Override
                    public double y(double worldY) {
                        return worldY * f - view.top();
                    }
                });
        draw(g, placed, new AffineTransform());
    }

    private STRtree placeWorld(int zoom, Lang lang) {
        double f = Math.pow(2, zoom);
        List<LabelPlacer.Placed> placed = LabelPlacer.place(candidates, zoom, lang, new LabelPlacer.Projection() {
            @Override
            public double x(double worldX) {
                return worldX * f;
            }

            @Override
            public double y(double worldY) {
                return worldY * f;
            }
        });
        STRtree index = new STRtree();
        for (LabelPlacer.Placed p : placed) {
            index.insert(new Envelope(p.box().getMinX(), p.box().getMaxX(), p.box().getMinY(), p.box().getMaxY()), p);
        }
        index.build();
        return index;
    }

    private static void draw(Graphics2D g, List<LabelPlacer.Placed> labels, AffineTransform toView) {
        for (LabelPlacer.Placed p : labels) {
            LabelKind kind = p.candidate().kind();
            double[] at = {p.textX(), p.textY(), p.dotX(), p.dotY()};
            toView.transform(at, 0, at, 0, 2);
            Shape outline = AffineTransform.getTranslateInstance(at[0], at[1])
                    .createTransformedShape(LabelTexts.of(p.text(), kind).outline());
            g.setStroke(HALO_STROKE);
            g.setColor(HALO);
            g.draw(outline);
            g.setColor(kind.colour());
            g.fill(outline);
            if (kind.dot()) {
                Shape dot = new Ellipse2D.Double(at[2] - LabelPlacer.DOT_RADIUS_PX, at[3] - LabelPlacer.DOT_RADIUS_PX,
                        2 * LabelPlacer.DOT_RADIUS_PX, 2 * LabelPlacer.DOT_RADIUS_PX);
                g.setColor(HALO);
                g.draw(dot);
                g.setColor(DOT_FILL);
                g.fill(dot);
            }
        }
    }
}
