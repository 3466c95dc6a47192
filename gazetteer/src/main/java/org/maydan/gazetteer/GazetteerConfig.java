package org.maydan.gazetteer;

import java.nio.file.Path;
import java.util.List;

/**
 * What to load. {@code shippedData}: the data shipped in the jar (the curated file, GeoNames
 * cities500 for the Levant, the OCHA communities, neighbourhoods, admin units with OpenSyria aliases,
 * and the OCHA admin boundaries). {@code sources}: files or directories added on top, in order; a
 * directory is scanned for known file names (OCHA {@code *communities*.csv},
 * {@code *admin_units*.csv}, {@code *neighbourhoods*.csv}, {@code *aliases*.csv},
 * {@code *admin1*.geojson}..., GeoNames {@code SY.txt}/{@code allCountries.txt} with
 * {@code alternateNames*.txt}, and our own {@code *.tsv}). {@code mergeDistanceKm}: records from
 * different sources sharing a normalized name and closer than this are merged into one place.
 */
public record GazetteerConfig(boolean shippedData, List<Path> sources, double mergeDistanceKm) {

    /** Default distance under which two same-named settlements from different sources are one. */
    public static final double DEFAULT_MERGE_DISTANCE_KM = 2.0;

    /** Copies the source list. */
    public GazetteerConfig {
        sources = List.copyOf(sources);
    }

    /** The shipped data only: the full Syrian data, offline, no files needed. */
    public static GazetteerConfig defaults() {
        return new GazetteerConfig(true, List.of(), DEFAULT_MERGE_DISTANCE_KM);
    }

    /** The shipped data plus the given files or directories. */
    public static GazetteerConfig withSources(Path... sources) {
        return new GazetteerConfig(true, List.of(sources), DEFAULT_MERGE_DISTANCE_KM);
    }

    /** Only the given files or directories, without the shipped data. */
    public static GazetteerConfig onlySources(Path... sources) {
        return new GazetteerConfig(false, List.of(sources), DEFAULT_MERGE_DISTANCE_KM);
    }
}
