package org.maydan.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a merged event shows, computed from all its evidence, oldest first: the agreed or highest
 * figure with its spread, the distinct articles and publishers, and the first sentence as notes.
 * The stores recompute it whenever an event's evidence changes, so it never drifts from its rows.
 *
 * @param fatalities the agreed figure, the highest when sources disagree, {@code null} if none gives one
 * @param corroboration article count and the spread of the figures
 * @param source the distinct publishers, in order of first report, joined by {@code "; "}
 * @param notes the oldest evidence sentence, shortened
 * @param searchText the sentences folded for the {@code q} filter ({@link SearchText#ofSentences})
 * @param confidence the highest confidence of a source, {@code null} if no source has one
 * @param dateApproximate whether every source leaves the time open; one source that dates the
 *        event makes its date as written
 */
record SourceMerge(@Nullable Integer fatalities, Corroboration corroboration, String source, String notes,
        String searchText, @Nullable Double confidence, boolean dateApproximate) {

    /** The longest {@code source} text stored; a longer list is cut at a word. */
    static final int SOURCE_MAX_CHARS = 2000;

    /** One evidence row as the merge needs it. */
    record Row(long articleId, String source, @Nullable Integer fatalities, String sentence,
            @Nullable Double confidence, boolean dateApproximate) {}

    /** The merge of an event's evidence; {@code rows} must not be empty. */
    static SourceMerge of(List<Row> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("an event without evidence has nothing to show");
        }
        Set<Long> articles = new LinkedHashSet<>();
        Set<String> publishers = new LinkedHashSet<>();
        List<String> sentences = new ArrayList<>();
        Integer min = null;
        Integer max = null;
        Double confidence = null;
        boolean approximate = true;
        for (Row row : rows) {
            if (row.confidence() != null) {
                confidence = confidence == null ? row.confidence() : Math.max(confidence, row.confidence());
            }
            approximate &= row.dateApproximate();
            articles.add(row.articleId());
            publishers.add(row.source());
            sentences.add(row.sentence());
            Integer figure = row.fatalities();
            if (figure != null) {
                min = min == null ? figure : Math.min(min, figure);
                max = max == null ? figure : Math.max(max, figure);
            }
        }
        boolean disputed = !Objects.equals(min, max);
        return new SourceMerge(max, new Corroboration(articles.size(), min, max, disputed),
                JdbcEventStore.shorten(String.join(JdbcEventStore.SOURCE_SEPARATOR, publishers), SOURCE_MAX_CHARS),
                JdbcEventStore.notes(rows.get(0).sentence()), SearchText.ofSentences(sentences), confidence,
                approximate);
    }
}
