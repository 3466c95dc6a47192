package org.maydan.event;

import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Binds the event API's caps ({@code maydan.events.*}) and teaches MVC to read the shared filter
 * ({@link FilterParametersResolver}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventApiProperties.class)
public class EventConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new FilterParametersResolver());
    }
}
