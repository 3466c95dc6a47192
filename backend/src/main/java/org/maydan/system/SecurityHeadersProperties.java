package org.maydan.system;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The security headers of every response ({@code maydan.security-headers.*}); see
 * {@link SecurityHeadersFilter} for the policy they shape.
 *
 * @param embeddablePaths path patterns any site may frame: the embeddable map and tiles
 * @param imgSources image sources allowed beside the app itself and the base-map tile host of
 *        {@code maydan.map.tile-url}, e.g. a second tile server
 * @param connectSources hosts the page may fetch from beside the app itself
 * @param referrerPolicy the {@code Referrer-Policy}
 * @param hstsMaxAge how long browsers keep to HTTPS once they have seen the app over TLS (sent only
 *        on requests that came over TLS, directly or as {@code server.forward-headers-strategy} tells)
 * @param hstsIncludeSubdomains whether HSTS covers the host's subdomains too
 */
@Validated
@ConfigurationProperties("maydan.security-headers")
public record SecurityHeadersProperties(
        @NotNull @DefaultValue({"/embed", "/embed/**", "/tiles/**"}) List<String> embeddablePaths,
        @NotNull @DefaultValue List<String> imgSources,
        @NotNull @DefaultValue List<String> connectSources,
        @NotBlank @DefaultValue("strict-origin-when-cross-origin") String referrerPolicy,
        @NotNull @DefaultValue("365d") Duration hstsMaxAge,
        @DefaultValue("false") boolean hstsIncludeSubdomains) {}
