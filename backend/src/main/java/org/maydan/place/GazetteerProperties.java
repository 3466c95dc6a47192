package org.maydan.place;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.maydan.gazetteer.GazetteerConfig;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code maydan.gazetteer.*}: {@code shipped-data} (load the data shipped in the jar, default true),
 * {@code data-dir} (what {@code import} wrote, loaded at start when it exists, default
 * {@code ./maydan-data/gazetteer}), {@code sources} (more files or directories, added on top of
 * the shipped data) and {@code merge-distance-km} (default 2).
 */
@ConfigurationProperties(prefix = "maydan.gazetteer")
public record GazetteerProperties(
        @DefaultValue("true") boolean shippedData,
        @DefaultValue(DEFAULT_DATA_DIR) Path dataDir,
        @DefaultValue List<Path> sources,
        @DefaultValue("2.0") double mergeDistanceKm) {

    /** Where {@code import} writes and the server reads imported places. */
    public static final String DEFAULT_DATA_DIR = "./maydan-data/gazetteer";

    /** The library config: shipped data, then the data directory if present, then the sources. */
    public GazetteerConfig toConfig() {
        List<Path> all = new ArrayList<>();
        if (Files.isDirectory(dataDir)) {
            all.add(dataDir);
        }
        all.addAll(sources);
        return new GazetteerConfig(shippedData, all, mergeDistanceKm);
    }
}
