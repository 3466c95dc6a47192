package org.maydan.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** MVC wiring shared by the API controllers. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WriteAccessProperties.class)
public class WebConfiguration implements WebMvcConfigurer {

    private final WriteAccessProperties writeAccess;

    public WebConfiguration(WriteAccessProperties writeAccess) {
        this.writeAccess = writeAccess;
    }

    /** Paths whose handlers accept only the query parameters they declare. */
    public static final String API_PATHS = "/api/**";
    /** The OGC API – Features resources below the landing page, equally strict about parameters. */
    public static final String[] OGC_PATHS = {"/conformance", "/collections", "/collections/**"};

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ApiKeyGuard(writeAccess)).addPathPatterns(API_PATHS);
        registry.addInterceptor(new KnownParameters()).addPathPatterns(API_PATHS).addPathPatterns(OGC_PATHS);
    }
}
