package org.maydan.article;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A place an article names, as the geoparser resolved it: its first mention in the text, and how
 * often the article names it. A geoparser may report one place several times under different
 * surfaces (الرقة, and لرقة read from للرقة); {@link #merge} folds those into one.
 *
 * @param ref the gazetteer's identifier, unique per article
 * @param surface the words as written
 * @param name English name
 * @param nameAr Arabic name
 * @param kind city, town, village, region, governorate, ...
 * @param latitude WGS 84 latitude, if known
 * @param longitude WGS 84 longitude, if known
 * @param confidence the resolver's confidence, 0..1
 * @param start first character of the mention
 * @param end one past its last character
 * @param mentions how many mentions of the place the article has, at least 1
 */
public record ArticlePlace(String ref, String surface, String name, String nameAr, String kind,
        @Nullable Double latitude, @Nullable Double longitude, double confidence, int start, int end, int mentions) {

    public ArticlePlace {
        if (mentions < 1) {
            throw new IllegalArgumentException("a place of an article is mentioned at least once, got " + mentions);
        }
    }

    /** One mention of a place. */
    public ArticlePlace(String ref, String surface, String name, String nameAr, String kind,
            @Nullable Double latitude, @Nullable Double longitude, double confidence, int start, int end) {
        this(ref, surface, name, nameAr, kind, latitude, longitude, confidence, start, end, 1);
    }

    /**
     * One entry per place ref, in the order of first mention: the earliest mention of each place
     * (the highest confidence among its mentions), with the mentions summed.
     */
    public static List<ArticlePlace> merge(List<ArticlePlace> places) {
        Map<String, ArticlePlace> byRef = new LinkedHashMap<>();
        places.stream().sorted(Comparator.comparingInt(ArticlePlace::start).thenComparingInt(ArticlePlace::end))
                .forEach(p -> byRef.merge(p.ref(), p, ArticlePlace::with));
        return List.copyOf(byRef.values());
    }

    /** The same place and first mention, named {@code count} times. */
    public ArticlePlace withMentions(int count) {
        return new ArticlePlace(ref, surface, name, nameAr, kind, latitude, longitude, confidence, start, end, count);
    }

    private ArticlePlace with(ArticlePlace later) {
        return new ArticlePlace(ref, surface, name, nameAr, kind, latitude, longitude,
                Math.max(confidence, later.confidence), start, end, mentions + later.mentions);
    }
}
