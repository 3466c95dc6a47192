package org.maydan.tile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * TileJSON 3.0.0 documents (the format QGIS, MapLibre and Leaflet plugins read) for the two tile
 * layers; the tile URL templates carry the request's own filters and language, so a layer added
 * from the document shows what the caller asked for.
 */
final class TileJson {

    static final String VERSION = "3.0.0";
    /** Syria, for the documents' {@code bounds} and {@code center}. */
    static final List<Double> SYRIA_BOUNDS = List.of(35.6, 32.3, 42.4, 37.4);
    static final List<Double> SYRIA_CENTRE = List.of(38.5, 35.0, 6.0);
    static final String BASE_ATTRIBUTION = "Base map: Maydan; GSHHG (LGPL); Natural Earth; "
            + "OCHA COD-AB (CC BY-IGO); GeoNames (CC BY 4.0)";
    static final String EVENTS_ATTRIBUTION = "Events: Maydan, extracted from news reports";

    private TileJson() {
    }

    static Map<String, Object> events(String tileUrl, String format, int maxZoom) {
        Map<String, Object> doc = common("Maydan events",
                "Conflict events in Syria extracted from Arabic news, coloured by ACLED sub-event type; "
                        + "dense areas aggregated per grid cell", tileUrl, maxZoom, EVENTS_ATTRIBUTION);
        if (TileService.MVT.equals(format)) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("sub_event_type", "String: ACLED sub-event type of the events at this point");
            fields.put("count", "Number: events of this type aggregated here");
            fields.put("fatalities", "Number: sum of their fatality figures");
            fields.put("id", "Number: the event id, when count is 1 (GET /api/events/{id})");
            fields.put("event_date", "String: the event's day, when count is 1");
            doc.put("vector_layers", List.of(Map.of("id", TileStore.LAYER, "fields", fields, "minzoom", 0,
                    "maxzoom", maxZoom)));
        }
        return doc;
    }

    static Map<String, Object> base(String tileUrl, int maxZoom) {
        return common("Maydan base map", "An offline base map of Syria and its neighbours with place names",
                tileUrl, maxZoom, BASE_ATTRIBUTION);
    }

    private static Map<String, Object> common(String name, String description, String tileUrl, int maxZoom,
            String attribution) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("tilejson", VERSION);
        doc.put("name", name);
        doc.put("description", description);
        doc.put("attribution", attribution);
        doc.put("scheme", "xyz");
        doc.put("tiles", List.of(tileUrl));
        doc.put("minzoom", 0);
        doc.put("maxzoom", maxZoom);
        doc.put("bounds", SYRIA_BOUNDS);
        doc.put("center", SYRIA_CENTRE);
        return doc;
    }
}
