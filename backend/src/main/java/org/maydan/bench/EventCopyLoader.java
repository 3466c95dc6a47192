package org.maydan.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import org.maydan.event.SearchText;
import org.maydan.export.ExportEvent;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams events into the application's {@code event} table with one {@code COPY ... FROM STDIN}
 * in text format, the fastest bulk path short of binary COPY; memory stays flat whatever the count.
 */
final class EventCopyLoader {

    /** The gazetteer's identifiers of OCHA places, as the application stores them in {@code place_ref}. */
    static final String PLACE_REF_PREFIX = "pcode:";
    private static final int BUFFER_BYTES = 1 << 20;

    private EventCopyLoader() {
    }

    /**
     * Loads every event and returns how many rows the server reports copied. On failure the COPY
     * is cancelled, so no partial load is left behind. Natural keys must be distinct
     * ({@link SyntheticEvents#distinctEvents}).
     */
    static long load(Connection connection, Iterator<SyntheticEvent> events) throws SQLException, IOException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        PGCopyOutputStream copy = new PGCopyOutputStream(pg, BenchSql.COPY_EVENTS, BUFFER_BYTES);
        Writer out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), BUFFER_BYTES);
        try {
            while (events.hasNext()) {
                out.write(row(events.next()));
            }
            out.flush();
            return copy.endCopy();
        } catch (IOException | RuntimeException e) {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            throw e;
        }
    }

    /** Each synthetic event comes from one article (see {@link BenchSql#INSERT_EVIDENCE}). */
    static final int SOURCES_PER_EVENT = 1;

    /** What the store keeps for the {@code q} filter: the one evidence sentence, which is the notes. */
    static String searchText(ExportEvent e) {
        return SearchText.ofSentences(List.of(e.notes()));
    }

    static String row(SyntheticEvent synthetic) {
        ExportEvent e = synthetic.event();
        char t = CopyText.SEPARATOR;
        return String.valueOf(e.id()) + t + e.eventDate() + t + e.timePrecision() + t
                + CopyText.field(e.eventType()) + t + CopyText.field(e.subEventType()) + t
                + CopyText.field(PLACE_REF_PREFIX + synthetic.placeRef()) + t + CopyText.field(e.location()) + t
                + CopyText.field(e.locationAr()) + t + CopyText.field(e.admin1()) + t
                + CopyText.field(e.admin2()) + t + e.latitude() + t + e.longitude() + t + e.geoPrecision() + t
                + e.fatalities() + t + CopyText.field(e.notes()) + t + CopyText.field(e.source()) + t
                + CopyText.ewktPoint(e.longitude(), e.latitude()) + t
                // One source each: its figure is the whole spread, nothing disputed.
                + e.fatalities() + t + e.fatalities() + t + SOURCES_PER_EVENT + t
                + CopyText.field(searchText(e)) + '\n';
    }
}
