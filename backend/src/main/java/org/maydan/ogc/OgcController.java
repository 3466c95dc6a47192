package org.maydan.ogc;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.maydan.event.BBox;
import org.maydan.event.Event;
import org.maydan.event.EventApiProperties;
import org.maydan.event.EventFeature;
import org.maydan.event.EventFilter;
import org.maydan.event.EventStore;
import org.maydan.event.EventTypeFilter;
import org.maydan.event.FeatureCollectionWriter;
import org.maydan.event.FilterParameters;
import org.maydan.event.Limit;
import org.maydan.event.PageCursor;
import org.maydan.event.PageLink;
import org.maydan.event.PropertySet;
import org.maydan.event.StoreCaching;
import org.maydan.system.BadRequestException;
import org.maydan.system.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * OGC API – Features, Part 1 (Core, GeoJSON), with one collection, {@value #COLLECTION}. Its items
 * are the pages of {@code /api/events} with OGC's parameter names ({@code datetime} for dates,
 * {@code sub_event_type} and {@code admin1} as property filters) and links; a {@code limit} above
 * the maximum is lowered to it, as Part 1 allows.
 */
@RestController
class OgcController {

    static final String COLLECTION = "events";
    static final String GEO_JSON = "application/geo+json";
    static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    static final String OPENAPI = "application/vnd.oai.openapi+json;version=3.0";
    /** Query parameter of the requested format; only the JSON encodings are served. */
    static final String FORMAT = "f";
    static final String BBOX_CRS = "bbox-crs";
    static final String SUB_EVENT_TYPE = "sub_event_type";
    private static final Set<String> FORMATS = Set.of("json", "geojson", JSON, GEO_JSON);
    private static final String MAP_PAGE = "/index.html";
    private static final String ITEMS = "/collections/" + COLLECTION + "/items";

    private final EventStore store;
    private final FeatureCollectionWriter writer;
    private final EventApiProperties caps;
    private final StoreCaching caching;
    private final OgcLinks links;

    OgcController(EventStore store, FeatureCollectionWriter writer, EventApiProperties caps, StoreCaching caching,
            OgcLinks links) {
        this.store = store;
        this.writer = writer;
        this.caps = caps;
        this.caching = caching;
        this.links = links;
    }

    /**
     * The landing page for clients that ask for JSON ({@code Accept: application/json} or
     * {@code f=json}); browsers get the map page here as before.
     */
    @GetMapping("/")
    @Operation(summary = "OGC API landing page (JSON); the map page for browsers")
    OgcDocuments.@Nullable LandingPage landing(@RequestParam(name = FORMAT, required = false) @Nullable String f,
            HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!wantsJson(f, request)) {
            request.getRequestDispatcher(MAP_PAGE).forward(request, response);
            return null;
        }
        return new OgcDocuments.LandingPage("Maydan",
                "Events of the war in Syria extracted from Arabic news, with ACLED's fields, as OGC API – Features.",
                List.of(links.link("/", "self", JSON, "this document"),
                        links.link("/v3/api-docs", "service-desc", OPENAPI, "the API definition"),
                        links.link("/conformance", "conformance", JSON, "the conformance classes implemented"),
                        links.link("/collections", "data", JSON, "the collections"),
                        links.link(MAP_PAGE, "alternate", MediaType.TEXT_HTML_VALUE, "the map")));
    }

    @GetMapping(value = "/conformance", produces = JSON)
    @Operation(summary = "OGC API conformance classes: Core, GeoJSON, OpenAPI 3.0")
    OgcDocuments.Conformance conformance(@RequestParam(name = FORMAT, required = false) @Nullable String f) {
        checkFormat(f);
        return new OgcDocuments.Conformance(OgcDocuments.CONFORMANCE);
    }

    @GetMapping(value = "/collections", produces = JSON)
    @Operation(summary = "OGC API collections: the one collection, events")
    OgcDocuments.Collections collections(@RequestParam(name = FORMAT, required = false) @Nullable String f) {
        checkFormat(f);
        return new OgcDocuments.Collections(List.of(links.link("/collections", "self", JSON, null)), List.of(events()));
    }

    @GetMapping(value = "/collections/" + COLLECTION, produces = JSON)
    @Operation(summary = "OGC API collection: the events, with their spatial and temporal extent")
    OgcDocuments.Collection collection(@RequestParam(name = FORMAT, required = false) @Nullable String f) {
        checkFormat(f);
        return events();
    }

    @GetMapping(ITEMS)
    @Operation(summary = "OGC API items: a page of events as GeoJSON, in (event_date, id) order, with a next link",
            description = "The same store query and feature writer as /api/events. ETag from the store version;"
                    + " 304 on If-None-Match.")
    @ApiResponse(responseCode = "200", description = "a GeoJSON FeatureCollection with numberReturned, timeStamp"
            + " and self and next links", content = @Content(mediaType = GEO_JSON))
    void items(
            @Parameter(description = "minLon,minLat,maxLon,maxLat in CRS84") @RequestParam(name = BBox.PARAMETER,
                    required = false) @Nullable String bbox,
            @Parameter(description = "only " + OgcDocuments.CRS84) @RequestParam(name = BBOX_CRS, required = false)
            @Nullable String bboxCrs,
            @Parameter(description = "an RFC 3339 date or date-time, or an interval a/b with '..' for an open end;"
                    + " events are dated by day") @RequestParam(name = OgcDateTime.PARAMETER, required = false)
            @Nullable String datetime,
            @Parameter(description = "features per page; larger values are lowered to the maximum",
                    schema = @Schema(type = "integer", minimum = "1", maximum = "5000", defaultValue = "500"))
            @RequestParam(name = Limit.PARAMETER, required = false) @Nullable String limit,
            @Parameter(description = "where the page starts; taken from the previous page's next link")
            @RequestParam(name = PageCursor.PARAMETER, required = false) @Nullable String cursor,
            @Parameter(description = "property filter: ACLED sub_event_type, repeatable")
            @RequestParam(name = SUB_EVENT_TYPE, required = false) @Nullable List<String> subEventType,
            @Parameter(description = "property filter: governorate (ACLED admin1)")
            @RequestParam(name = FilterParameters.ADMIN1, required = false) @Nullable String admin1,
            @Parameter(description = "vendor parameter, as on /api/events: " + FilterParameters.MIN_CONFIDENCE_DESCRIPTION)
            @RequestParam(name = FilterParameters.MIN_CONFIDENCE, required = false) @Nullable String minConfidence,
            @RequestParam(name = FORMAT, required = false) @Nullable String f,
            ServletWebRequest request, HttpServletResponse response) throws IOException {
        checkFormat(f);
        if (bboxCrs != null && !bboxCrs.isBlank() && !OgcDocuments.CRS84.equals(bboxCrs.strip())) {
            throw new BadRequestException(BBOX_CRS, "bbox-crs must be " + OgcDocuments.CRS84 + "; got '" + bboxCrs + "'");
        }
        EventFilter filter = new EventFilter(BBox.parse(bbox), OgcDateTime.parse(datetime),
                EventTypeFilter.parse(subEventType), null, null,
                admin1 == null || admin1.isBlank() ? null : admin1.strip(),
                FilterParameters.parseMinConfidence(minConfidence));
        Limit pageSize = Limit.parseAtMostMax(limit, caps);
        PageCursor after = PageCursor.decode(cursor);
        if (caching.notModified(request)) {
            return;
        }
        String self = links.current(request.getRequest());
        FeatureCollectionWriter.Style style = new FeatureCollectionWriter.Style(next -> next == null
                ? List.of(new PageLink("self", GEO_JSON, self))
                : List.of(new PageLink("self", GEO_JSON, self),
                        new PageLink(PageLink.NEXT, GEO_JSON, links.withCursor(request.getRequest(), next))), true);
        response.setContentType(GEO_JSON);
        writer.write(filter, after, pageSize, PropertySet.FULL, style, response.getOutputStream());
    }

    @GetMapping(value = ITEMS + "/{id}", produces = GEO_JSON)
    @Operation(summary = "OGC API item: one event as a GeoJSON Feature")
    OgcDocuments.Feature item(@PathVariable long id, @RequestParam(name = FORMAT, required = false) @Nullable String f) {
        checkFormat(f);
        Event event = store.find(id).orElseThrow(() -> new NotFoundException("no event with id " + id));
        return OgcDocuments.Feature.of(EventFeature.of(event, null), List.of(
                links.link(ITEMS + "/" + id, "self", GEO_JSON, null),
                links.link("/collections/" + COLLECTION, "collection", JSON, null)));
    }

    private OgcDocuments.Collection events() {
        OgcDocuments.Extent extent = store.extent().map(e -> new OgcDocuments.Extent(
                new OgcDocuments.Spatial(List.of(new double[] {e.box().minLon(), e.box().minLat(), e.box().maxLon(),
                        e.box().maxLat()}), OgcDocuments.CRS84),
                new OgcDocuments.Temporal(List.of(List.of(e.first() + "T00:00:00Z", e.last() + "T23:59:59Z")),
                        OgcDocuments.GREGORIAN))).orElse(null);
        return new OgcDocuments.Collection(COLLECTION, "Events",
                "Conflict events with ACLED's fields (event_date, sub_event_type, location, admin1, fatalities,"
                        + " notes, source, ...), each backed by sentences of Arabic news articles.",
                List.of(links.link("/collections/" + COLLECTION, "self", JSON, null),
                        links.link(ITEMS, "items", GEO_JSON, "the events")),
                extent, "feature", List.of(OgcDocuments.CRS84));
    }

    private static void checkFormat(@Nullable String f) {
        if (f != null && !f.isBlank() && !FORMATS.contains(f.strip())) {
            throw new BadRequestException(FORMAT, "f must be json or geojson; got '" + f + "'");
        }
    }

    /** JSON when {@code f} asks for it, or the Accept header prefers JSON to HTML. */
    static boolean wantsJson(@Nullable String f, HttpServletRequest request) {
        if (f != null && !f.isBlank()) {
            checkFormat(f);
            return true;
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (IllegalArgumentException e) {
            return false;
        }
        MimeTypeUtils.sortBySpecificity(types);
        for (MediaType type : types) {
            if (type.isWildcardType() || type.includes(MediaType.TEXT_HTML)) {
                return false;
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json")) {
                return true;
            }
        }
        return false;
    }
}
