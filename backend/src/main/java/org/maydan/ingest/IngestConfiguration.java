package org.maydan.ingest;

import org.maydan.article.ArticleStore;
import org.maydan.event.EventStore;
import org.maydan.gazetteer.Geoparser;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires ingest over the application's {@link Geoparser}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IngestProperties.class, SampleDataProperties.class})
public class IngestConfiguration {

    @Bean
    Pipeline pipeline(Geoparser geoparser) {
        return Pipeline.over(geoparser);
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
}
