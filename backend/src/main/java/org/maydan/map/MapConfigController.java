package org.maydan.map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** {@code GET /api/map-config}: the base maps the page draws under the events and the services it may use. */
@RestController
@EnableConfigurationProperties(MapProperties.class)
class MapConfigController {

    private final MapProperties properties;
    private final RequestMappingHandlerMapping mappings;
    /** Built at the first request: handler mappings are complete only once the context has started. */
    private volatile @Nullable MapConfig config;

    MapConfigController(MapProperties properties,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.properties = properties;
        this.mappings = mappings;
    }

    @GetMapping("/api/map-config")
    MapConfig mapConfig() {
        MapConfig built = config;
        if (built == null) {
            built = MapConfig.of(properties, ServedEndpoints.of(mappings));
            config = built;
        }
        return built;
    }
}
