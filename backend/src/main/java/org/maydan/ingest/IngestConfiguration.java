package org.maydan.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.maydan.article.ArticleStore;
import org.maydan.event.EventStore;
import org.maydan.extract.Geoparser;
import org.maydan.extract.GeoparserFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires ingest. The geoparser is the application's {@link Geoparser} bean if there is one, else the
 * one the registered {@link GeoparserFactory} builds from its built-in data; without either,
 * writes answer 503 and reads are unaffected.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IngestProperties.class, SampleDataProperties.class})
public class IngestConfiguration {

    @Bean
    Pipeline pipeline(ObjectProvider<Geoparser> geoparser) {
        return new Pipeline(() -> Optional.ofNullable(geoparser.getIfAvailable()).or(IngestConfiguration::discovered));
    }

    @Bean
    ArticleInput articleInput(IngestProperties properties) {
        return new ArticleInput(properties);
    }

    @Bean
    ArticleIngest articleIngest(ArticleStore articles, EventStore events, Pipeline pipeline,
            TransactionTemplate transaction, IngestProperties properties) {
        return new ArticleIngest(articles, events, pipeline, transaction, properties);
    }

    private static Optional<Geoparser> discovered() {
        Optional<GeoparserFactory> factory = GeoparserFactory.discover();
        if (factory.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(factory.get().create(List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException("the geoparser's gazetteer could not be loaded", e);
        }
    }
}
