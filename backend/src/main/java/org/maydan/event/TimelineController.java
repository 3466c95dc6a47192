package org.maydan.event;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/timeline}: event counts per day and type, under the filters of {@code /api/events}. */
@RestController
class TimelineController {

    private final EventStore store;

    TimelineController(EventStore store) {
        this.store = store;
    }

    @GetMapping("/api/timeline")
    Timeline timeline(
            @RequestParam(name = BBox.PARAMETER, required = false) @Nullable String bbox,
            @RequestParam(name = TimeWindow.START, required = false) @Nullable String start,
            @RequestParam(name = TimeWindow.END, required = false) @Nullable String end,
            @RequestParam(name = EventTypeFilter.PARAMETER, required = false) @Nullable List<String> type) {
        EventFilter filter = EventFilter.parse(bbox, start, end, type);
        return Timeline.of(store.timeline(filter));
    }
}
