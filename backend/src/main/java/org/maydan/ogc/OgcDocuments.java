package org.maydan.ogc;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.maydan.event.EventFeature;

/** The JSON documents of the OGC API – Features Part 1 resources, as records for the wire. */
final class OgcDocuments {

    /** The conformance classes served: Core, GeoJSON and the OpenAPI 3.0 description. */
    static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30");
    /** Longitude, latitude on WGS 84: the only coordinate reference system of Part 1. */
    static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    /** The temporal reference system of {@code extent.temporal}. */
    static final String GREGORIAN = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian";

    private OgcDocuments() {
    }

    /**
     * A link.
     *
     * @param href the target, absolute
     * @param rel its relation to this document
     * @param type the target's media type
     * @param title what it is, for people
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Link(String href, String rel, String type, @Nullable String title) {}

    /** The landing page: what this API is and where its parts are. */
    record LandingPage(String title, String description, List<Link> links) {}

    /** The conformance classes the API implements. */
    record Conformance(List<String> conformsTo) {}

    /** The list of collections. */
    record Collections(List<Link> links, List<Collection> collections) {}

    /**
     * One collection's description.
     *
     * @param extent where and when its features lie; absent while it holds none
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Collection(String id, String title, String description, List<Link> links, @Nullable Extent extent,
            String itemType, List<String> crs) {}

    /** Spatial and temporal extent of a collection. */
    record Extent(Spatial spatial, Temporal temporal) {}

    /** Bounding boxes, {@code [minLon, minLat, maxLon, maxLat]}, in {@link #CRS84}. */
    record Spatial(List<double[]> bbox, String crs) {}

    /** Closed intervals of RFC 3339 date-times. */
    record Temporal(List<List<String>> interval, String trs) {}

    /** One feature with the links Part 1 asks of a single item. */
    record Feature(String type, long id, EventFeature.Point geometry, EventFeature.Properties properties,
            List<Link> links) {

        static Feature of(EventFeature feature, List<Link> links) {
            return new Feature(feature.type(), feature.id(), feature.geometry(), feature.properties(), links);
        }
    }
}
