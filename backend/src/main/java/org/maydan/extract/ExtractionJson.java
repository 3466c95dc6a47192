package org.maydan.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.maydan.article.ArticleJsonl;

/**
 * The JSONL contract of ARCHITECTURE.md: articles {@code {"id","text","published","title"?,"url"?,
 * "source"?}} in (read by {@link ArticleJsonl}), {@code {"id","places":[...],"events":[...]}} out.
 * Events also carry {@code ref}, the char spans of their evidence sentence, trigger and place
 * mention, {@code date_approximate} (the date is only the latest possible day) and
 * {@code confidence} (0..1).
 */
final class ExtractionJson {

    private final ObjectMapper mapper;

    ExtractionJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The article on one input line; every article needs an id, since outputs are joined by it. */
    NewsArticle article(ArticleJsonl.Line line) throws ArticleJsonl.InvalidLineException {
        String id = line.requiredId();
        ArticleJsonl.ArticleFields fields = line.article();
        return new NewsArticle(id, fields.text(), fields.published(), fields.title(), fields.url(), fields.source());
    }

    ObjectNode toJson(Extraction extraction) {
        ObjectNode root = mapper.createObjectNode();
        root.put("id", extraction.articleId());
        ArrayNode places = root.putArray("places");
        for (ExtractedPlace t : extraction.places()) {
            ObjectNode p = places.addObject();
            p.put("surface", t.surface());
            p.put("name", t.name());
            p.put("name_ar", t.nameAr());
            p.put("kind", t.kind());
            p.put("lat", t.lat());
            p.put("lon", t.lon());
            p.put("ref", t.ref());
            p.put("confidence", t.confidence());
            p.put("start", t.start());
            p.put("end", t.end());
        }
        ArrayNode events = root.putArray("events");
        for (ExtractedEvent e : extraction.events()) {
            ObjectNode o = events.addObject();
            o.put("event_type", e.eventType().label());
            o.put("sub_event_type", e.subEventType().label());
            o.put("place", e.place().name());
            o.put("lat", e.place().lat());
            o.put("lon", e.place().lon());
            o.put("date", e.date() == null ? null : e.date().toString());
            o.put("time_precision", e.timePrecision());
            o.put("geo_precision", e.geoPrecision());
            o.put("fatalities", e.fatalities());
            o.put("evidence", e.evidence());
            o.put("ref", e.place().ref());
            o.putArray("evidence_span").add(e.evidenceStart()).add(e.evidenceEnd());
            o.putArray("trigger_span").add(e.triggerStart()).add(e.triggerEnd());
            o.putArray("place_span").add(e.place().start()).add(e.place().end());
            o.put("date_approximate", e.dateApproximate());
            o.put("confidence", e.confidence());
        }
        return root;
    }

    ObjectNode error(@Nullable String id, String message) {
        ObjectNode root = mapper.createObjectNode();
        root.put("id", id);
        root.put("error", message);
        root.putArray("places");
        root.putArray("events");
        return root;
    }
}
