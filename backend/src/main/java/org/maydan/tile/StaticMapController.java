package org.maydan.tile;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.maydan.event.BBox;
import org.maydan.event.EventFilter;
import org.maydan.event.FilterParameters;
import org.maydan.event.EventTypeFilter;
import org.maydan.event.TimeWindow;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/map.png} (and {@code /api/map@2x.png} for print): a map image for reports with
 * {@code bbox}, {@code width}, {@code height} (CSS pixels), the filters of {@code /api/events}
 * ({@code start}, {@code end}, {@code type}, {@code min_confidence}) and {@code lang}. Bad or oversized requests get a 400
 * problem naming the parameter.
 */
@RestController
@CrossOrigin(origins = "*", methods = RequestMethod.GET)
class StaticMapController {

    private static final int PRINT_SCALE = 2;

    private final StaticMaps maps;
    private final TileProperties properties;

    StaticMapController(StaticMaps maps, TileProperties properties) {
        this.maps = maps;
        this.properties = properties;
    }

    @GetMapping("/api/map.png")
    ResponseEntity<byte[]> map(@RequestParam(name = BBox.PARAMETER, required = false) @Nullable String bbox,
            @RequestParam(name = StaticMapRequest.WIDTH, required = false) @Nullable Integer width,
            @RequestParam(name = StaticMapRequest.HEIGHT, required = false) @Nullable Integer height,
            @RequestParam(name = TimeWindow.START, required = false) @Nullable String start,
            @RequestParam(name = TimeWindow.END, required = false) @Nullable String end,
            @RequestParam(name = EventTypeFilter.PARAMETER, required = false) @Nullable List<String> type,
            @RequestParam(name = FilterParameters.MIN_CONFIDENCE, required = false) @Nullable String minConfidence,
            @RequestParam(name = Lang.PARAMETER, required = false) @Nullable String lang) {
        return render(bbox, width, height, start, end, type, minConfidence, lang, 1);
    }

    @GetMapping("/api/map@2x.png")
    ResponseEntity<byte[]> print(@RequestParam(name = BBox.PARAMETER, required = false) @Nullable String bbox,
            @RequestParam(name = StaticMapRequest.WIDTH, required = false) @Nullable Integer width,
            @RequestParam(name = StaticMapRequest.HEIGHT, required = false) @Nullable Integer height,
            @RequestParam(name = TimeWindow.START, required = false) @Nullable String start,
            @RequestParam(name = TimeWindow.END, required = false) @Nullable String end,
            @RequestParam(name = EventTypeFilter.PARAMETER, required = false) @Nullable List<String> type,
            @RequestParam(name = FilterParameters.MIN_CONFIDENCE, required = false) @Nullable String minConfidence,
            @RequestParam(name = Lang.PARAMETER, required = false) @Nullable String lang) {
        return render(bbox, width, height, start, end, type, minConfidence, lang, PRINT_SCALE);
    }

    private ResponseEntity<byte[]> render(@Nullable String bbox, @Nullable Integer width, @Nullable Integer height,
            @Nullable String start, @Nullable String end, @Nullable List<String> type,
            @Nullable String minConfidence, @Nullable String lang, int scale) {
        EventFilter filter = EventFilter.parse(null, start, end, type)
                .withMinConfidence(FilterParameters.parseMinConfidence(minConfidence));
        StaticMapRequest request = StaticMapRequest.parse(bbox, width, height, scale, filter, lang,
                properties.staticMapMaxSide());
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"maydan-map.png\"")
                .body(maps.render(request));
    }
}
