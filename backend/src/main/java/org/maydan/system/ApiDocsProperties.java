package org.maydan.system;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The OpenAPI description ({@code maydan.api-docs.*}).
 *
 * @param serverUrl the API's base URL as clients reach it, e.g. {@code https://maydan.example.org};
 *        the default {@code /} means "where this description was loaded from". Never taken from the
 *        request's {@code Host} header, which a client chooses.
 */
@Validated
@ConfigurationProperties("maydan.api-docs")
public record ApiDocsProperties(@NotBlank @DefaultValue("/") String serverUrl) {}
