package org.maydan.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the load clients ask about, read from the server before the run: ids of stored events (for
 * details), the box around them and a month that has events (for pages and timelines).
 *
 * @param base the server's address, without a trailing slash
 * @param eventIds ids of stored events
 * @param bbox {@code minLon,minLat,maxLon,maxLat} around them
 * @param month the first and last day of a month with events
 */
record LoadTarget(String base, List<Long> eventIds, String bbox, LocalDate[] month) {

    private static final int SAMPLE_EVENTS = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads the target from the running server at {@code base}. */
    static LoadTarget read(HttpClient http, String base, Duration timeout) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/api/events?limit=" + SAMPLE_EVENTS))
                .timeout(timeout).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (page.statusCode() != 200) {
            throw new IOException(base + "/api/events answered " + page.statusCode() + ": is the server up and ready?");
        }
        List<Long> ids = new ArrayList<>();
        double minLon = 180;
        double minLat = 90;
        double maxLon = -180;
        double maxLat = -90;
        LocalDate first = null;
        for (JsonNode f : JSON.readTree(page.body()).path("features")) {
            ids.add(f.path("id").asLong());
            JsonNode xy = f.path("geometry").path("coordinates");
            minLon = Math.min(minLon, xy.get(0).asDouble());
            maxLon = Math.max(maxLon, xy.get(0).asDouble());
            minLat = Math.min(minLat, xy.get(1).asDouble());
            maxLat = Math.max(maxLat, xy.get(1).asDouble());
            first = first == null ? LocalDate.parse(f.path("properties").path("event_date").asText()) : first;
        }
        if (ids.isEmpty()) {
            throw new IOException(base + " has no events: load it with sample data or an ingest first");
        }
        LocalDate start = first.withDayOfMonth(1);
        return new LoadTarget(base, List.copyOf(ids), minLon + "," + minLat + "," + maxLon + "," + maxLat,
                new LocalDate[] {start, start.plusMonths(1).minusDays(1)});
    }
}
