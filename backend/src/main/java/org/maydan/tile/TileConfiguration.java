package org.maydan.tile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;
import org.maydan.event.EventStore;
import org.maydan.gazetteer.Gazetteer;
import org.maydan.system.SqlDialect;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires the tile package: store, base map, cache, renderers. Not a {@code WebMvcConfigurer}, so MVC
 * test slices of other packages do not pull in its database beans (see {@link TileWebConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TileProperties.class)
class TileConfiguration {

    @Bean
    TileStore tileStore(JdbcClient jdbc, SqlDialect dialect) {
        return new JdbcTileStore(jdbc, dialect);
    }

    @Bean
    BaseMapPainter baseMapPainter(Gazetteer gazetteer) {
        BaseMapData data = BaseMapData.load();
        return new BaseMapPainter(new BaseLayers(data), new PlaceLabels(data, gazetteer));
    }

    @Bean
    TileService tileService(TileStore store, EventStore events, BaseMapPainter painter, TileProperties properties,
            Gazetteer gazetteer) {
        return new TileService(store, events, painter, new TileCache(properties.cacheMegabytes()),
                baseFingerprint(gazetteer));
    }

    @Bean
    StaticMaps staticMaps(TileStore store, BaseMapPainter painter, TileProperties properties) {
        return new StaticMaps(store, painter, properties);
    }

    /** What base tiles are made from: the shipped data and the places the gazetteer holds. */
    static String baseFingerprint(Gazetteer gazetteer) {
        CRC32 crc = new CRC32();
        try (InputStream in = BaseMapData.class.getResourceAsStream(BaseMapData.RESOURCE)) {
            if (in != null) {
                crc.update(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Gazetteer.Summary places = gazetteer.summary();
        return Long.toString(crc.getValue(), Character.MAX_RADIX) + "-" + Integer.toString(places.places(), Character.MAX_RADIX)
                + Integer.toString(places.names(), Character.MAX_RADIX);
    }
}
