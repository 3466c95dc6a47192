package org.maydan.frontend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Made-up events for the map benchmark: N events over 2017-2020 at a few hundred places
 * scattered around Syria's conflict areas, with a skewed type mix and campaign bursts, so the
 * histogram, clusters and list look like a real archive. Deterministic for a seed.
 */
final class SyntheticEvents {

    static final LocalDate FIRST = LocalDate.of(2017, 1, 1);
    static final int DAYS = 4 * 365 + 1;
    private static final int PLACES = 400;
    private static final String[] TYPES = {"Air/drone strike", "Shelling/artillery/missile attack", "Armed clash",
            "Remote explosive/landmine/IED", "Attack", "Government regains territory",
            "Non-state actor overtakes territory", "Agreement", "Displacement", "Chemical weapon", "Other"};
    private static final double[] TYPE_WEIGHTS = {30, 28, 18, 6, 6, 3, 2, 2, 3, 0.5, 1.5};
    /** Centres (lat, lon, spread in degrees) the places cluster around: Idlib, Hama, Aleppo, Deir ez-Zor, Daraa, Damascus. */
    private static final double[][] AREAS = {{35.7, 36.6, 0.35}, {35.2, 36.6, 0.3}, {36.2, 37.2, 0.3},
            {35.3, 40.1, 0.4}, {32.7, 36.1, 0.25}, {33.5, 36.4, 0.25}};
    private static final String[] SOURCES = {"Synthetic Agency", "Synthetic Monitor", "Synthetic News"};
    private static final int BURSTS = 12;
    private static final int BURST_DAYS = 40;
    /** Share of events that fall in campaign bursts rather than spread over all days. */
    private static final double BURST_SHARE = 0.5;
    private static final int MAX_FATALITIES = 30;

    private SyntheticEvents() {
    }

    static List<FakeEvent> generate(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] places = new double[PLACES][];
        for (int p = 0; p < PLACES; p++) {
            double[] area = AREAS[random.nextInt(AREAS.length)];
            places[p] = new double[] {area[0] + gaussian(random) * area[2], area[1] + gaussian(random) * area[2]};
        }
        int[] bursts = random.ints(BURSTS, 0, DAYS - BURST_DAYS).toArray();
        int[] days = new int[count];
        for (int i = 0; i < count; i++) {
            days[i] = random.nextDouble() < BURST_SHARE
                    ? bursts[random.nextInt(BURSTS)] + random.nextInt(BURST_DAYS)
                    : random.nextInt(DAYS);
        }
        java.util.Arrays.sort(days);
        double total = java.util.Arrays.stream(TYPE_WEIGHTS).sum();
        List<FakeEvent> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // Zipf-like place popularity: a few places get most events.
            int place = (int) Math.min(PLACES - 1, Math.floor(Math.pow(random.nextDouble(), 2.5) * PLACES));
            String type = TYPES[pick(random.nextDouble() * total)];
            Integer fatalities = random.nextDouble() < 0.3 ? null : random.nextInt(MAX_FATALITIES) * random.nextInt(2);
            events.add(new FakeEvent(i + 1L, FIRST.plusDays(days[i]), 1, type, "Place " + place, "مكان " + place,
                    round(places[place][1]), round(places[place][0]), fatalities, null, false,
                    SOURCES[random.nextInt(SOURCES.length)], "حدث تجريبي رقم " + (i + 1), null));
        }
        return events;
    }

    private static int pick(double r) {
        double sum = 0;
        for (int t = 0; t < TYPE_WEIGHTS.length; t++) {
            sum += TYPE_WEIGHTS[t];
            if (r < sum) {
                return t;
            }
        }
        return TYPE_WEIGHTS.length - 1;
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }
}
