package org.maydan.tile;

import org.maydan.system.KnownParameters;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Tile URLs refuse query parameters their handler does not declare, as {@code /api/**} does. */
@Configuration(proxyBeanMethods = false)
class TileWebConfiguration implements WebMvcConfigurer {

    static final String TILE_PATHS = "/tiles/**";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new KnownParameters()).addPathPatterns(TILE_PATHS);
    }
}
