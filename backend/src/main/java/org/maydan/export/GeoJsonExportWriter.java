package org.maydan.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 7946 FeatureCollection of Point features, written with Jackson's streaming generator so
 * memory stays flat however many events there are. Coordinates are [longitude, latitude] in WGS84
 * as the RFC requires; the feature {@code id} is our event id and {@code properties} carry every
 * {@link ExportColumn}, numbers as JSON numbers and dates as ISO strings.
 */
public final class GeoJsonExportWriter implements ExportWriter {

    /**
     * The generator neither closes the stream nor completes open arrays when closed: it is closed
     * only after the last event, so a failure part way leaves a visibly cut document.
     */
    private final JsonFactory factory = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    @Override
    public void write(Iterator<ExportEvent> events, OutputStream out) throws IOException {
        JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8);
        json.writeStartObject();
        json.writeStringField("type", "FeatureCollection");
        json.writeArrayFieldStart("features");
        while (events.hasNext()) {
            writeFeature(json, events.next());
        }
        json.writeEndArray();
        json.writeEndObject();
        json.close();
        out.flush();
    }

    private static void writeFeature(JsonGenerator json, ExportEvent event) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeNumberField("id", event.id());
        json.writeObjectFieldStart("geometry");
        json.writeStringField("type", "Point");
        json.writeArrayFieldStart("coordinates");
        json.writeNumber(event.longitude());
        json.writeNumber(event.latitude());
        json.writeEndArray();
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        for (ExportColumn column : ExportColumn.ALL) {
            writeProperty(json, column.header(), column.valueOf(event));
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeProperty(JsonGenerator json, String name, @Nullable Object value) throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Integer i) {
            json.writeNumber(i);
        } else if (value instanceof Double d) {
            json.writeNumber(d);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else {
            json.writeString(value.toString());
        }
    }
}
