package org.maydan.article;

import org.jspecify.annotations.Nullable;

/**
 * A place an article names, as the geoparser resolved it: its first mention in the text.
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
 */
public record ArticlePlace(String ref, String surface, String name, String nameAr, String kind,
        @Nullable Double latitude, @Nullable Double longitude, double confidence, int start, int end) {}
