package org.maydan.map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/map-config}: the base map the page should draw under the events. */
@RestController
@EnableConfigurationProperties(MapProperties.class)
class MapConfigController {

    private final MapConfig config;

    MapConfigController(MapProperties properties) {
        this.config = MapConfig.of(properties);
    }

    @GetMapping("/api/map-config")
    MapConfig mapConfig() {
        return config;
    }
}
