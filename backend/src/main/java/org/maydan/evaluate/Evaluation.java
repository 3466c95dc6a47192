package org.maydan.evaluate;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The scores of a whole run: per article, and summed over articles (micro-averaged).
 *
 * @param unknownIds prediction ids that have no gold article; they are reported, not scored
 */
public record Evaluation(List<ArticleScore> articles, List<String> unknownIds, String boundaries) {

    public Evaluation {
        articles = List.copyOf(articles);
        unknownIds = List.copyOf(unknownIds);
    }

    public Counts places() {
        return sum(ArticleScore::places);
    }

    public Counts events(EventRule rule) {
        return sum(a -> a.events(rule));
    }

    public int neutralPlaces() {
        return articles.stream().mapToInt(ArticleScore::neutralPlaces).sum();
    }

    public int neutralEvents() {
        return articles.stream().mapToInt(ArticleScore::neutralEvents).sum();
    }

    public int excludedGoldPlaces() {
        return articles.stream().mapToInt(ArticleScore::excludedGoldPlaces).sum();
    }

    public int excludedGoldEvents() {
        return articles.stream().mapToInt(ArticleScore::excludedGoldEvents).sum();
    }

    /** Strict event counts per sub_event_type, summed over articles. */
    public SortedMap<String, Counts> eventsByType() {
        SortedMap<String, Counts> byType = new TreeMap<>();
        articles.forEach(a -> a.eventsByType().forEach((type, c) -> byType.merge(type, c, Counts::plus)));
        return byType;
    }

    public List<Miss> misses() {
        return articles.stream().flatMap(a -> a.misses().stream()).toList();
    }

    private Counts sum(Function<ArticleScore, Counts> counts) {
        return articles.stream().map(counts).reduce(Counts.ZERO, Counts::plus);
    }
}
