package org.maydan.evaluate;

import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.GeoPoint;

/** A place of the prediction contract; only its names and position are scored. */
public record PredictedPlace(String surface, String name, String nameAr, String kind, @Nullable GeoPoint point) {

    List<String> names() {
        return Stream.of(surface, name, nameAr).filter(n -> !n.isBlank()).toList();
    }

    /** Surface, name and kind as far as given. */
    public String label() {
        String main = surface.isBlank() ? (name.isBlank() ? nameAr : name) : surface;
        String detail = Stream.of(main.equals(name) ? "" : name, kind).filter(s -> !s.isBlank())
                .reduce((a, b) -> a + ", " + b).orElse("");
        return detail.isEmpty() ? main : main + " (" + detail + ")";
    }
}
