package org.maydan.system;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Store selection ({@code maydan.store}) and the connection settings of each store.
 *
 * @param store which store to use; {@code embedded} by default
 * @param poolSize connections kept open to the store
 * @param connectionTimeout how long a request waits for a connection (the store down, or every
 *        connection busy) before it is answered 503
 * @param embedded the H2GIS file store
 * @param postgis the PostgreSQL/PostGIS server
 */
@Validated
@ConfigurationProperties("maydan")
public record StoreProperties(
        @NotNull @DefaultValue("embedded") StoreKind store,
        @Min(1) @DefaultValue("8") int poolSize,
        @NotNull @DefaultValue("10s") Duration connectionTimeout,
        @Valid @DefaultValue Embedded embedded,
        @Valid @DefaultValue Postgis postgis) {

    /** The embedded H2GIS store; the default URL is a file under the working directory. */
    public record Embedded(@NotBlank @DefaultValue("jdbc:h2:file:./maydan-data/maydan") String url) {}

    /** A PostgreSQL server with the PostGIS extension. */
    public record Postgis(
            @NotBlank @DefaultValue("jdbc:postgresql://localhost:5432/maydan") String url,
            @NotBlank @DefaultValue("maydan") String username,
            @DefaultValue("") String password) {}
}
