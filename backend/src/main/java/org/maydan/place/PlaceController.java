package org.maydan.place;

import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.Gazetteer;
import org.maydan.gazetteer.Place;
import org.maydan.gazetteer.PlaceKind;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Gazetteer search and lookup: {@code GET /api/places?q=} and {@code GET /api/places/{id}}. */
@RestController
class PlaceController {

    static final int MAX_QUERY_LENGTH = 200;
    static final int DEFAULT_LIMIT = 10;

    private final Gazetteer gazetteer;

    PlaceController(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @GetMapping("/api/places")
    List<PlaceJson> search(@RequestParam String q,
            @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String admin1) {
        if (q.isBlank() || q.length() > MAX_QUERY_LENGTH) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "q must be 1 to " + MAX_QUERY_LENGTH + " characters");
        }
        if (limit < 1 || limit > Gazetteer.MAX_LIMIT) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "limit must be 1 to " + Gazetteer.MAX_LIMIT);
        }
        return gazetteer.search(q, limit, filter(kind, admin1)).stream().map(PlaceJson::of).toList();
    }

    private static Predicate<Place> filter(@Nullable String kind, @Nullable String admin1) {
        Predicate<Place> filter = p -> true;
        if (kind != null) {
            PlaceKind wanted = PlaceKind.parse(kind);
            if (!wanted.code().equals(kind)) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown kind " + kind);
            }
            filter = filter.and(p -> p.kind() == wanted);
        }
        if (admin1 != null) {
            filter = filter.and(p -> admin1.equals(p.admin().admin1Pcode()));
        }
        return filter;
    }

    @GetMapping("/api/places/{id}")
    PlaceJson byId(@PathVariable String id) {
        return gazetteer.byId(id).map(PlaceJson::of).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "no place " + id));
    }
}
