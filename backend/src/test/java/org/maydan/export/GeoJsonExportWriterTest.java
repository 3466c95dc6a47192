package org.maydan.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class GeoJsonExportWriterTest {

    private static final double DEGREES = 1e-9;
    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode export(List<ExportEvent> events) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GeoJsonExportWriter().write(events.iterator(), out);
        return mapper.readTree(out.toByteArray());
    }

    @Test
    void writesAnRfc7946FeatureCollectionOfPoints() throws IOException {
        JsonNode collection = export(ExportEvents.mixed());

        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features")).hasSize(3);
        for (JsonNode feature : collection.get("features")) {
            assertThat(feature.get("type").asText()).isEqualTo("Feature");
            assertThat(feature.get("geometry").get("type").asText()).isEqualTo("Point");
            assertThat(feature.get("geometry").get("coordinates")).hasSize(2);
            assertThat(feature.get("properties").isObject()).isTrue();
        }
    }

    @Test
    void coordinatesAreLongitudeThenLatitude() throws IOException {
        JsonNode coordinates = export(List.of(ExportEvents.event(1))).at("/features/0/geometry/coordinates");

        assertThat(coordinates.get(0).asDouble()).isCloseTo(36.4906, within(DEGREES));
        assertThat(coordinates.get(1).asDouble()).isCloseTo(35.4389, within(DEGREES));
    }

    @Test
    void propertiesCarryEveryExportColumnWithJsonTypes() throws IOException {
        JsonNode feature = export(List.of(ExportEvents.event(1))).at("/features/0");
        JsonNode properties = feature.get("properties");

        assertThat(feature.get("id").asLong()).isEqualTo(1);
        assertThat(properties.properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactlyElementsOf(ExportColumn.ALL.stream().map(ExportColumn::header).toList());
        assertThat(properties.get("fatalities").isInt()).isTrue();
        assertThat(properties.get("latitude").isDouble()).isTrue();
        assertThat(properties.get("event_date").asText()).isEqualTo("2019-05-06");
        assertThat(properties.get("location_ar").asText()).isEqualTo("كفر نبودة");
        assertThat(properties.get("notes").asText()).isEqualTo(ExportEvents.ARABIC_NOTES);
    }

    @Test
    void hostileTextRoundTripsUnchangedAndAbsentValuesAreNull() throws IOException {
        JsonNode features = export(ExportEvents.mixed()).get("features");

        assertThat(features.at("/1/properties/notes").asText()).isEqualTo(ExportEvents.HOSTILE_NOTES);
        assertThat(features.at("/1/properties/location_ar").asText()).isEqualTo("كباني\nالتلة");
        assertThat(features.at("/2/properties/admin1").isNull()).isTrue();
    }

    @Test
    void anEmptyExportIsAnEmptyFeatureCollection() throws IOException {
        JsonNode collection = export(List.of());

        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features")).isEmpty();
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        FilterOutputStream out = new FilterOutputStream(new ByteArrayOutputStream()) {
            @Override
            public void close() {
                closed.set(true);
            }
        };

        new GeoJsonExportWriter().write(List.of(ExportEvents.event(1)).iterator(), out);

        assertThat(closed).isFalse();
    }

    @Test
    void streamsFeaturesOutBeforeTheLastEventIsRead() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportEvents.Lazy events = new ExportEvents.Lazy(ExportEvents.STREAMING_COUNT, out::size);

        new GeoJsonExportWriter().write(events, out);

        assertThat(events.bytesWrittenBeforeLast()).isPositive();
        assertThat(mapper.readTree(out.toByteArray()).get("features")).hasSize(ExportEvents.STREAMING_COUNT);
    }
}
