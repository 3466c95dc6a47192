package org.maydan.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * A hot period and region: while it lasts, a share of all events falls on communities inside its
 * box. {@code weight} is its share of campaign events relative to the other campaigns.
 */
record Campaign(String name, LocalDate from, LocalDate to,
        double minLon, double minLat, double maxLon, double maxLat, double weight) {

    /**
     * The major offensives of 2017–2020, boxes drawn loosely around the fronts. Weights reflect
     * their rough share of reported strikes and clashes, not exact counts.
     */
    static final List<Campaign> SYRIA_2017_2020 = List.of(
            new Campaign("Raqqa city", LocalDate.of(2017, 6, 6), LocalDate.of(2017, 10, 20),
                    38.80, 35.80, 39.20, 36.05, 0.10),
            new Campaign("Afrin", LocalDate.of(2018, 1, 20), LocalDate.of(2018, 3, 24),
                    36.55, 36.35, 37.05, 36.75, 0.08),
            new Campaign("Eastern Ghouta", LocalDate.of(2018, 2, 18), LocalDate.of(2018, 4, 14),
                    36.30, 33.45, 36.55, 33.62, 0.15),
            new Campaign("Daraa and Quneitra", LocalDate.of(2018, 6, 17), LocalDate.of(2018, 7, 31),
                    35.80, 32.55, 36.60, 33.10, 0.07),
            new Campaign("Hajin and Baghuz", LocalDate.of(2018, 9, 10), LocalDate.of(2019, 3, 23),
                    40.40, 34.40, 41.00, 34.80, 0.08),
            new Campaign("North Hama and south Idlib", LocalDate.of(2019, 4, 26), LocalDate.of(2019, 8, 31),
                    36.10, 35.20, 36.90, 35.85, 0.30),
            new Campaign("Maarat al-Numan, Saraqib and west Aleppo", LocalDate.of(2019, 12, 16),
                    LocalDate.of(2020, 3, 5), 36.50, 35.50, 37.20, 36.25, 0.22));

    boolean contains(Community c) {
        return c.lon() >= minLon && c.lon() <= maxLon && c.lat() >= minLat && c.lat() <= maxLat;
    }
}
