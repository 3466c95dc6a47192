package org.maydan.tile;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.maydan.event.EventFilter;
import org.maydan.event.EventTypeFilter;
import org.maydan.event.FilterParameters;
import org.maydan.event.StoreVersion;
import org.maydan.event.TimeWindow;
import org.maydan.system.BadRequestException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Tiles for GIS tools and other sites: {@code /tiles/events/{z}/{x}/{y}.png|@2x.png|.mvt} under the
 * filters of {@code /api/events} ({@code start}, {@code end}, {@code type}, {@code min_confidence}),
 * {@code /tiles/base/{z}/{x}/{y}.png|@2x.png?lang=ar|en}, and TileJSON for each. Open to any origin (CORS), cacheable ({@code Cache-Control}, {@code ETag};
 * a repeat with {@code If-None-Match} gets 304 without rendering).
 */
@RestController
@CrossOrigin(origins = "*", methods = RequestMethod.GET, exposedHeaders = HttpHeaders.ETAG)
class TileController {

    static final MediaType MVT = MediaType.parseMediaType("application/vnd.mapbox-vector-tile");
    static final String FORMAT = "format";

    private final TileService tiles;
    private final TileProperties properties;

    TileController(TileService tiles, TileProperties properties) {
        this.tiles = tiles;
        this.properties = properties;
    }

    @GetMapping("/tiles/events/{z}/{x}/{file}")
    ResponseEntity<byte[]> events(@PathVariable int z, @PathVariable int x, @PathVariable String file,
            @RequestParam(name = TimeWindow.START, required = false) @Nullable String start,
            @RequestParam(name = TimeWindow.END, required = false) @Nullable String end,
            @RequestParam(name = EventTypeFilter.PARAMETER, required = false) @Nullable List<String> type,
            @RequestParam(name = FilterParameters.MIN_CONFIDENCE, required = false) @Nullable String minConfidence,
            WebRequest request) {
        TileFile name = TileFile.parse(file);
        TileKey tile = TileKey.of(z, x, name.y(), properties.maxZoom());
        EventFilter filter = EventFilter.parse(null, start, end, type)
                .withMinConfidence(FilterParameters.parseMinConfidence(minConfidence));
        StoreVersion version = tiles.eventsVersion();
        String tag = TileService.eventsTag(version);
        CacheControl cache = CacheControl.maxAge(properties.eventsMaxAge()).cachePublic();
        if (request.checkNotModified(tag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(tag).cacheControl(cache).build();
        }
        boolean vector = name.format().equals(TileService.MVT);
        byte[] body = vector ? tiles.eventsMvt(tile, filter, version)
                : tiles.eventsPng(tile, name.scale(), filter, version);
        return ResponseEntity.ok().eTag(tag).cacheControl(cache).lastModified(version.changedAt())
                .contentType(vector ? MVT : MediaType.IMAGE_PNG).body(body);
    }

    @GetMapping("/tiles/base/{z}/{x}/{file}")
    ResponseEntity<byte[]> base(@PathVariable int z, @PathVariable int x, @PathVariable String file,
            @RequestParam(name = Lang.PARAMETER, required = false) @Nullable String lang, WebRequest request) {
        TileFile name = TileFile.parse(file);
        if (!name.format().equals(TileService.PNG)) {
            throw new BadRequestException(null, "the base map is served as PNG only: ask for {y}.png or {y}@2x.png");
        }
        TileKey tile = TileKey.of(z, x, name.y(), properties.maxZoom());
        Lang language = Lang.parse(lang);
        String tag = tiles.baseTag(language);
        CacheControl cache = CacheControl.maxAge(properties.baseMaxAge()).cachePublic();
        if (request.checkNotModified(tag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(tag).cacheControl(cache).build();
        }
        return ResponseEntity.ok().eTag(tag).cacheControl(cache).contentType(MediaType.IMAGE_PNG)
                .body(tiles.basePng(tile, name.scale(), language));
    }

    /** TileJSON of the event tiles, PNG by default or {@code format=mvt}, with the request's filters. */
    @GetMapping(value = "/tiles/events.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> eventsTileJson(
            @RequestParam(name = TimeWindow.START, required = false) @Nullable String start,
            @RequestParam(name = TimeWindow.END, required = false) @Nullable String end,
            @RequestParam(name = EventTypeFilter.PARAMETER, required = false) @Nullable List<String> type,
            @RequestParam(name = FilterParameters.MIN_CONFIDENCE, required = false) @Nullable String minConfidence,
            @RequestParam(name = FORMAT, required = false) @Nullable String format) {
        EventFilter.parse(null, start, end, type);
        FilterParameters.parseMinConfidence(minConfidence);
        String extension = format == null || format.isBlank() ? TileService.PNG : format;
        if (!extension.equals(TileService.PNG) && !extension.equals(TileService.MVT)) {
            throw new BadRequestException(FORMAT, "format must be png or mvt; got '" + format + "'");
        }
        UriComponentsBuilder url = template(TileService.EVENTS, extension);
        addAll(url, TimeWindow.START, start);
        addAll(url, TimeWindow.END, end);
        addAll(url, FilterParameters.MIN_CONFIDENCE, minConfidence);
        if (type != null) {
            type.forEach(t -> url.queryParam(EventTypeFilter.PARAMETER, t));
        }
        return TileJson.events(url.build().encode().toUriString().replace("%7B", "{").replace("%7D", "}"),
                extension, properties.maxZoom());
    }

    /** TileJSON of the base map, in the requested language. */
    @GetMapping(value = "/tiles/base.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> baseTileJson(@RequestParam(name = Lang.PARAMETER, required = false) @Nullable String lang) {
        UriComponentsBuilder url = template(TileService.BASE, TileService.PNG)
                .queryParam(Lang.PARAMETER, Lang.parse(lang).code());
        return TileJson.base(url.build().encode().toUriString().replace("%7B", "{").replace("%7D", "}"),
                properties.maxZoom());
    }

    private static UriComponentsBuilder template(String layer, String extension) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/tiles/" + layer + "/{z}/{x}/{y}." + extension);
    }

    private static void addAll(UriComponentsBuilder url, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            url.queryParam(name, value);
        }
    }
}
