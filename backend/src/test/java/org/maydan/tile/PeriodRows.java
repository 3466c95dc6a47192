package org.maydan.tile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code event_place_period} as sorted rows of text, as stored and as aggregated here from {@code event}. */
final class PeriodRows {

    private record Row(long id, LocalDate day, String type, String place, long dead) {}

    private PeriodRows() {
    }

    static List<String> stored(JdbcClient jdbc) {
        return jdbc.sql("SELECT period, period_start, sub_event_type, place_ref, events, fatalities, min_id,"
                        + " min_date FROM event_place_period")
                .query((rs, row) -> String.join(" ", rs.getString(1), rs.getObject(2, LocalDate.class).toString(),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getObject(8, LocalDate.class).toString()))
                .list().stream().sorted().toList();
    }

    static List<String> expected(JdbcClient jdbc) {
        List<Row> events = jdbc.sql("SELECT id, event_date, sub_event_type, place_ref, fatalities FROM event")
                .query((rs, row) -> new Row(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4), rs.getLong(5)))
                .list();
        List<String> rows = new ArrayList<>();
        for (Period period : Period.values()) {
            events.stream().collect(Collectors.groupingBy(e -> List.of(period.start(e.day()).toString(), e.type(),
                    e.place()))).forEach((key, group) -> rows.add(String.join(" ", period.code, key.get(0),
                    key.get(1), key.get(2), Long.toString(group.size()),
                    Long.toString(group.stream().mapToLong(Row::dead).sum()),
                    Long.toString(group.stream().mapToLong(Row::id).min().orElseThrow()),
                    group.stream().map(Row::day).min(Comparator.naturalOrder()).orElseThrow().toString())));
        }
        return rows.stream().sorted().toList();
    }
}
