package org.maydan.event;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.maydan.system.BadRequestException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * {@code GET /api/events/columns}: every event under the filter as parallel arrays
 * ({@link EventColumns}), read with the page query of {@code /api/events} in its order, up to
 * {@code maydan.events.columns-max-rows}. The rows are read before the first byte is written, so a
 * filter matching more is still refused with a problem JSON.
 */
@RestController
class EventColumnsController {

    private final EventStore store;
    private final ObjectMapper mapper;
    private final EventApiProperties caps;
    private final StoreCaching caching;

    EventColumnsController(EventStore store, ObjectMapper mapper, EventApiProperties caps, StoreCaching caching) {
        this.store = store;
        this.mapper = mapper;
        this.caps = caps;
        this.caching = caching;
    }

    @GetMapping("/api/events/columns")
    @Operation(summary = "Every event under the filter as parallel arrays for the map",
            description = """
                    {"count":N, "types":[label...], "places":[[english,arabic]...], "id":[...],
                    "day":[days since 1970-01-01...], "precision":[1|2|3...], "type":[index into types...],
                    "place":[index into places...], "lon":[...], "lat":[...] (5 decimals),
                    "fatalities":[int|null...], "confidence":[0..1|null...] (null: stored before confidences),
                    "date_approximate":[0|1...] (1: day is only the latest possible day)}.
                    Arrays are parallel, in (event_date, id) order. More than maydan.events.columns-max-rows
                    matching events get 400. ETag from the store version; 304 on If-None-Match.""")
    @ApiResponse(responseCode = "200", description = "the parallel arrays",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE))
    void columns(@ParameterObject FilterParameters filter, ServletWebRequest request, HttpServletResponse response)
            throws IOException {
        EventFilter where = filter.toFilter();
        if (caching.notModified(request)) {
            return;
        }
        EventColumns columns = new EventColumns();
        store.streamMarkers(new EventQuery(where, null, caps.columnsMaxRows() + 1), columns::add);
        if (columns.count() > caps.columnsMaxRows()) {
            throw new BadRequestException(null, "the filter matches more than " + caps.columnsMaxRows()
                    + " events, the most one answer may hold (maydan.events.columns-max-rows);"
                    + " narrow bbox, start, end or type");
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        JsonGenerator json = mapper.getFactory().createGenerator(response.getOutputStream(), JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        columns.write(json);
        json.close();
    }
}
