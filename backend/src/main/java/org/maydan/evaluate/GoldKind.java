package org.maydan.evaluate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The gold annotation's place kinds and how far a prediction may lie from a gold place of that
 * kind and still count as the same place ({@code shared/eval/README.md}).
 */
public enum GoldKind {
    CITY(5),
    TOWN(5),
    VILLAGE(5),
    OTHER(10),
    REGION(25),
    GOVERNORATE(50),
    COUNTRY(300);

    private final double toleranceKm;

    GoldKind(double toleranceKm) {
        this.toleranceKm = toleranceKm;
    }

    public double toleranceKm() {
        return toleranceKm;
    }

    /** Whether a gold place of this kind with an OCHA admin P-code is matched by its boundary. */
    public boolean matchedByBoundary() {
        return this == REGION || this == GOVERNORATE;
    }

    /** The label used in the gold files, e.g. {@code village}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<GoldKind> parse(String label) {
        return Arrays.stream(values()).filter(k -> k.label().equals(label.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
