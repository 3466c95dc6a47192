package org.maydan.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import org.apache.catalina.core.StandardHost;
import org.maydan.map.MapProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The servlet filters that guard every request, in this order: security headers (so that even a
 * refusal carries them), the readiness gate, per-client rate limits, concurrency caps, the body
 * size limit. They run after Spring Boot's own early filters (character encoding, forwarded
 * headers), so a request's address and scheme are already those the proxy reported.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LimitProperties.class, SecurityHeadersProperties.class, MapProperties.class})
public class HttpGuardsConfiguration {

    /** Just after Spring Boot's filters that run at the highest precedence. */
    private static final int FIRST = Ordered.HIGHEST_PRECEDENCE + 100;

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders(SecurityHeadersProperties properties,
            MapProperties map) {
        return registration(new SecurityHeadersFilter(properties, map.tileUrl()), 0);
    }

    @Bean
    FilterRegistrationBean<ReadinessGate> readinessGate(ObjectProvider<ApplicationAvailability> availability,
            LimitProperties limits, ObjectMapper mapper) {
        return registration(new ReadinessGate(availability, new ProblemWriter(mapper), limits.retryAfter()), 1);
    }

    @Bean
    FilterRegistrationBean<RateLimits> rateLimits(LimitProperties limits, ObjectMapper mapper) {
        return registration(new RateLimits(limits.rate(), new ProblemWriter(mapper)), 2);
    }

    @Bean
    FilterRegistrationBean<ConcurrencyCaps> concurrencyCaps(LimitProperties limits, ObjectMapper mapper) {
        return registration(new ConcurrencyCaps(limits.concurrent(), limits.retryAfter(), new ProblemWriter(mapper)), 3);
    }

    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimit(LimitProperties limits, ObjectMapper mapper) {
        return registration(new BodySizeLimit(limits.maxBodySize().toBytes(), new ProblemWriter(mapper)), 4);
    }

    /** Tomcat's own refusals (before any filter runs) as problem JSON too. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorPages() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    private static <F extends Filter> FilterRegistrationBean<F> registration(F filter, int position) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(FIRST + position);
        return registration;
    }
}
