package org.maydan.evaluate;

import java.util.List;
import java.util.Optional;

/** One line of the gold file: the places and events annotated for an article. */
public record GoldArticle(String id, List<GoldPlace> places, List<GoldEvent> events) {

    public GoldArticle {
        places = List.copyOf(places);
        events = List.copyOf(events);
    }

    /** The gold place an event names: exact surface or name first, then after normalisation. */
    public Optional<GoldPlace> place(String name) {
        return places.stream().filter(p -> p.surface().equals(name) || p.name().equals(name)).findFirst()
                .or(() -> places.stream().filter(p -> PlaceNames.anySame(p.names(), List.of(name))).findFirst());
    }
}
