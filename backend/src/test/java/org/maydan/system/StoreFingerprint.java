package org.maydan.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a store holds, without its ids, creation times or the order writers happened to commit in:
 * articles by content hash, their places, events by natural key with their merged figures and set
 * of publishers, and every piece of evidence. Two stores that ingested the same articles, in any
 * order, by any number of writers, have equal fingerprints.
 *
 * @param articles content hash, address and publisher of each article
 * @param places each article place with its first mention and mention count
 * @param events each event's natural key, figures, dispute, source count and sorted publishers
 * @param evidence each piece of evidence: its event's key, its article and sentence, its figure
 */
public record StoreFingerprint(List<String> articles, List<String> places, List<String> events,
        List<String> evidence) {

    /** The fingerprint of the store behind {@code jdbc}. */
    public static StoreFingerprint of(JdbcClient jdbc) {
        return new StoreFingerprint(
                rows(jdbc, "SELECT content_hash, url, source FROM article"),
                rows(jdbc, "SELECT a.content_hash, p.place_ref, p.start_offset, p.end_offset, p.mentions"
                        + " FROM article_place p JOIN article a ON a.id = p.article_id"),
                rows(jdbc, "SELECT sub_event_type, place_ref, event_date, time_precision, geo_precision, fatalities,"
                        + " fatalities_min, fatalities_max, fatalities_disputed, source_count, source FROM event"),
                rows(jdbc, "SELECT e.sub_event_type, e.place_ref, e.event_date, a.content_hash, v.sentence_start,"
                        + " v.sentence_end, v.place_start, v.fatalities FROM evidence v JOIN event e ON e.id = v.event_id"
                        + " JOIN article a ON a.id = v.article_id"));
    }

    /** Events that share a natural key: none in a sound store. */
    public static long duplicateEvents(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT sub_event_type, place_ref, event_date FROM event"
                + " GROUP BY sub_event_type, place_ref, event_date HAVING COUNT(*) > 1) AS twice").query(Long.class).single();
    }

    private static List<String> rows(JdbcClient jdbc, String sql) {
        List<String> rows = new ArrayList<>(jdbc.sql(sql).query((ResultSet rs, int n) -> row(rs)).list());
        rows.sort(null);
        return rows;
    }

    private static String row(ResultSet rs) throws SQLException {
        int columns = rs.getMetaData().getColumnCount();
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
            String value = String.valueOf(rs.getObject(i));
            if (rs.getMetaData().getColumnLabel(i).equalsIgnoreCase("source") && value.contains("; ")) {
                String[] publishers = value.split("; ");
                Arrays.sort(publishers);
                value = String.join("; ", publishers);
            }
            row.append(i > 1 ? " | " : "").append(value);
        }
        return row.toString();
    }
}
