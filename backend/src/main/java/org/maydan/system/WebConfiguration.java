package org.maydan.system;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
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
    /** The OGC API – Features resources below the landing page, equally strict about parameters. */
    public static final String[] OGC_PATHS = {"/conformance", "/collections", "/collections/**"};

    /**
     * Strict JSON input: a number or boolean where text is expected ({@code "text": 3.5}) is a bad
     * request, not silently read as the text "3.5".
     */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictTextualInput() {
        return builder -> builder.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ApiKeyGuard(keys)).addPathPatterns(API_PATHS);
        registry.addInterceptor(new KnownParameters()).addPathPatterns(API_PATHS).addPathPatterns(OGC_PATHS);
    }
}
