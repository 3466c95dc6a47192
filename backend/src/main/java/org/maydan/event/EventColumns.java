package org.maydan.event;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The events of a filter as parallel arrays, the payload the map loads in one request
 * ({@code /api/events/columns}): a few bytes per event instead of a GeoJSON feature's few hundred.
 * Rows arrive in {@code (event_date, id)} order and are kept in primitive arrays (about 30 bytes an
 * event) because the answer is column after column; the type and place names go into dictionaries
 * that the {@code type} and {@code place} columns index.
 *
 * <pre>{"count":N,"types":[...],"places":[[english,arabic],...],"id":[...],"day":[days since 1970-01-01],
 *  "precision":[1|2|3],"type":[...],"place":[...],"lon":[...],"lat":[...],"fatalities":[int|null],
 *  "confidence":[0..1|null], "date_approximate":[0|1]}</pre>
 *
 * <p>{@code confidence} is {@code null} for events stored before confidences; {@code date_approximate}
 * is 1 where {@code day} is only the latest possible day (the sources leave the time open).
 */
final class EventColumns {

    /** Coordinates are written with five decimals, about a metre. */
    static final int COORDINATE_DECIMALS = 5;
    private static final int SCALE = 100_000;
    private static final int INITIAL_ROWS = 1024;
    private static final int NO_FIGURE = Integer.MIN_VALUE;

    private final Map<SubEventType, Integer> typeIndex = new HashMap<>();
    private final List<SubEventType> types = new ArrayList<>();
    private final Map<PlaceName, Integer> placeIndex = new HashMap<>();
    private final List<PlaceName> places = new ArrayList<>();
    private int count;
    private long[] ids = new long[INITIAL_ROWS];
    private int[] days = new int[INITIAL_ROWS];
    private byte[] precisions = new byte[INITIAL_ROWS];
    private byte[] typeOf = new byte[INITIAL_ROWS];
    private int[] placeOf = new int[INITIAL_ROWS];
    private int[] lons = new int[INITIAL_ROWS];
    private int[] lats = new int[INITIAL_ROWS];
    private int[] fatalities = new int[INITIAL_ROWS];
    /** {@link Double#NaN} for no confidence. */
    private double[] confidences = new double[INITIAL_ROWS];
    private byte[] approximate = new byte[INITIAL_ROWS];
    private final char[] number = new char[24];

    /** A place as the map names it. */
    private record PlaceName(String english, String arabic) {}

    int count() {
        return count;
    }

    void add(EventMarker marker) {
        if (count == ids.length) {
            grow();
        }
        ids[count] = marker.id();
        days[count] = (int) marker.eventDate().toEpochDay();
        precisions[count] = (byte) marker.timePrecision();
        typeOf[count] = (byte) (int) typeIndex.computeIfAbsent(marker.subEventType(), t -> {
            types.add(t);
            return types.size() - 1;
        });
        placeOf[count] = placeIndex.computeIfAbsent(new PlaceName(marker.location(), marker.locationAr()), p -> {
            places.add(p);
            return places.size() - 1;
        });
        lons[count] = (int) Math.round(marker.longitude() * SCALE);
        lats[count] = (int) Math.round(marker.latitude() * SCALE);
        Integer figure = marker.fatalities();
        fatalities[count] = figure == null ? NO_FIGURE : figure;
        Double confidence = marker.confidence();
        confidences[count] = confidence == null ? Double.NaN : confidence;
        approximate[count] = (byte) (marker.dateApproximate() ? 1 : 0);
        count++;
    }

    private void grow() {
        int size = count * 2;
        ids = Arrays.copyOf(ids, size);
        days = Arrays.copyOf(days, size);
        precisions = Arrays.copyOf(precisions, size);
        typeOf = Arrays.copyOf(typeOf, size);
        placeOf = Arrays.copyOf(placeOf, size);
        lons = Arrays.copyOf(lons, size);
        lats = Arrays.copyOf(lats, size);
        fatalities = Arrays.copyOf(fatalities, size);
        confidences = Arrays.copyOf(confidences, size);
        approximate = Arrays.copyOf(approximate, size);
    }

    /** Writes the payload as one JSON object; the generator is left open. */
    void write(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeNumberField("count", count);
        json.writeArrayFieldStart("types");
        for (SubEventType type : types) {
            json.writeString(type.label());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("places");
        for (PlaceName place : places) {
            json.writeStartArray();
            json.writeString(place.english());
            json.writeString(place.arabic());
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("id");
        for (int i = 0; i < count; i++) {
            json.writeNumber(ids[i]);
        }
        json.writeEndArray();
        writeInts("day", days, json);
        writeBytes("precision", precisions, json);
        writeBytes("type", typeOf, json);
        writeInts("place", placeOf, json);
        writeCoordinates("lon", lons, json);
        writeCoordinates("lat", lats, json);
        json.writeArrayFieldStart("fatalities");
        for (int i = 0; i < count; i++) {
            if (fatalities[i] == NO_FIGURE) {
                json.writeNull();
            } else {
                json.writeNumber(fatalities[i]);
            }
        }
        json.writeEndArray();
        json.writeArrayFieldStart("confidence");
        for (int i = 0; i < count; i++) {
            if (Double.isNaN(confidences[i])) {
                json.writeNull();
            } else {
                json.writeNumber(confidences[i]);
            }
        }
        json.writeEndArray();
        writeBytes("date_approximate", approximate, json);
        json.writeEndObject();
    }

    private void writeInts(String field, int[] values, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(field);
        for (int i = 0; i < count; i++) {
            json.writeNumber(values[i]);
        }
        json.writeEndArray();
    }

    private void writeBytes(String field, byte[] values, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(field);
        for (int i = 0; i < count; i++) {
            json.writeNumber(values[i]);
        }
        json.writeEndArray();
    }

    private void writeCoordinates(String field, int[] scaled, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(field);
        for (int i = 0; i < count; i++) {
            int length = decimal(scaled[i], number);
            json.writeNumber(number, 0, length);
        }
        json.writeEndArray();
    }

    /**
     * Writes {@code scaled / 10^5} into {@code into} as a JSON number without trailing zeros
     * ({@code 3649084} is {@code 36.49084}, {@code -100000} is {@code -1}); returns its length.
     */
    static int decimal(int scaled, char[] into) {
        int at = 0;
        long value = scaled;
        if (value < 0) {
            into[at++] = '-';
            value = -value;
        }
        String whole = Long.toString(value / SCALE);
        whole.getChars(0, whole.length(), into, at);
        at += whole.length();
        int fraction = (int) (value % SCALE);
        if (fraction == 0) {
            return at;
        }
        into[at++] = '.';
        int digits = COORDINATE_DECIMALS;
        while (fraction % 10 == 0) {
            fraction /= 10;
            digits--;
        }
        for (int i = digits - 1; i >= 0; i--) {
            into[at + i] = (char) ('0' + fraction % 10);
            fraction /= 10;
        }
        return at + digits;
    }
}
