package org.maydan.place;

import java.io.IOException;
import org.maydan.gazetteer.Gazetteer;
import org.maydan.gazetteer.Geoparser;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the one {@link Gazetteer} of the application from {@link GazetteerProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GazetteerProperties.class)
class GazetteerConfiguration {

    @Bean
    Gazetteer gazetteer(GazetteerProperties properties) throws IOException {
        return Gazetteer.load(properties.toConfig());
    }

    /** The geoparser that ingestion runs articles through, over the application's gazetteer. */
    @Bean
    Geoparser geoparser(Gazetteer gazetteer) {
        return new Geoparser(gazetteer);
    }
}
