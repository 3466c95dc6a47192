package org.maydan.system;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may write through the API ({@code maydan.write.*}).
 *
 * @param apiKey the key writes must present; unset or blank disables writes. Set it through the
 *        environment variable {@code MAYDAN_API_KEY}, never in a committed file.
 */
@ConfigurationProperties("maydan.write")
public record WriteAccessProperties(@Nullable String apiKey) {}
