package org.maydan.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's fixed parts. Declaring the server here stops springdoc from building
 * it from each request's {@code Host} header, which would let a client put any address into the
 * description (and into caches in front of it).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiDocsProperties.class)
public class ApiDocsConfiguration {

    @Bean
    OpenAPI openApi(ApiDocsProperties properties) {
        return new OpenAPI()
                .info(new Info().title("Maydan API").description("Events from Arabic conflict news, as GeoJSON"))
                .servers(List.of(new Server().url(properties.serverUrl())));
    }
}
