package org.maydan.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.maydan.event.Event;
import org.maydan.event.EventFilter;
import org.maydan.event.EventPlace;
import org.maydan.event.EventQuery;
import org.maydan.event.EventStore;
import org.maydan.event.FilterParameters;
import org.maydan.event.StoreCaching;
import org.maydan.system.BadRequestException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * {@code GET /api/events/export}: every event under the filters of {@code /api/events} as one
 * download, read from a database cursor and written while it is read.
 *
 * <p>The response is written on the request thread rather than as an asynchronous streaming body:
 * a large GeoPackage can take longer than {@code spring.mvc.async.request-timeout}, which is meant
 * for map pages. The cap is checked with a bounded count before the first byte, so a refusal is
 * still a problem JSON.
 */
@RestController
class ExportController {

    /** Query parameter of the format: {@code csv} (default), {@code geojson} or {@code gpkg}. */
    static final String FORMAT = "format";

    private final EventStore store;
    private final ExportService exports;
    private final ExportProperties caps;
    private final StoreCaching caching;

    ExportController(EventStore store, ExportService exports, ExportProperties caps, StoreCaching caching) {
        this.store = store;
        this.exports = exports;
        this.caps = caps;
        this.caching = caching;
    }

    @GetMapping("/api/events/export")
    @Operation(summary = "Every event under the filter as one CSV, GeoJSON or GeoPackage download;"
            + " ETag from the store version, 304 on If-None-Match")
    void export(
            @RequestParam(name = FORMAT, required = false) @Nullable String format,
            @ParameterObject FilterParameters parameters,
            ServletWebRequest request, HttpServletResponse response) throws IOException {
        ExportFormat chosen = format(format);
        EventFilter filter = parameters.toFilter();
        if (caching.notModified(request)) {
            return;
        }
        if (store.count(filter, caps.maxRows() + 1L) > caps.maxRows()) {
            throw new BadRequestException(null, "the filter matches more than " + caps.maxRows()
                    + " events, the most one export may hold (maydan.exports.max-rows); narrow bbox, start, end or type");
        }
        response.setContentType(chosen.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, exports.contentDisposition(chosen));
        OutputStream out = response.getOutputStream();
        try {
            store.read(new EventQuery(filter, null, caps.maxRows()),
                    events -> exports.export(chosen, events.map(ExportController::row), out));
        } catch (RuntimeException e) {
            if (!response.isCommitted()) {
                // Nothing sent yet: drop the download headers so the error leaves as problem JSON.
                response.reset();
            }
            throw e;
        }
        out.flush();
    }

    private static ExportFormat format(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return ExportFormat.CSV;
        }
        try {
            return ExportFormat.fromParameter(text);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(FORMAT, e.getMessage());
        }
    }

    /**
     * An event as exported. ACLED writes 0 fatalities when no source gives a figure, and so do we;
     * {@code source_count} is the event's count of reporting articles, as {@code /api/events} shows it.
     */
    static ExportEvent row(Event event) {
        EventPlace place = event.place();
        return new ExportEvent(event.id(), event.eventDate(), event.timePrecision(),
                event.subEventType().eventType().label(), event.subEventType().label(), place.admin1(),
                place.admin2(), place.name(), place.nameAr(), event.latitude(), event.longitude(),
                event.geoPrecision(), event.fatalities() == null ? 0 : event.fatalities(), event.notes(),
                event.source(), event.corroboration().sourceCount(), event.confidence(), event.dateApproximate());
    }
}
