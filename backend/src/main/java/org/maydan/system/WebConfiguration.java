package org.maydan.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** MVC wiring shared by the API controllers. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WriteAccessProperties.class)
public class WebConfiguration implements WebMvcConfigurer {

    private final ApiKeys keys;

    public WebConfiguration(WriteAccessProperties writeAccess) {
        this.keys = new ApiKeys(writeAccess);
    }

    /** Paths whose handlers accept only the query parameters they declare. */
    public static final String API_PATHS = "/api/**";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ApiKeyGuard(keys)).addPathPatterns(API_PATHS);
        registry.addInterceptor(new KnownParameters()).addPathPatterns(API_PATHS);
    }
}
