package org.maydan.ogc;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The OGC API – Features service ({@code maydan.ogc.*}).
 *
 * @param baseUrl the public address its links start with, e.g. {@code https://maydan.example.org};
 *        empty (the default) takes scheme, host and port from each request, which is right when
 *        clients reach the server directly or through a proxy that sets {@code X-Forwarded-*}
 *        headers with {@code server.forward-headers-strategy}
 */
@ConfigurationProperties("maydan.ogc")
public record OgcProperties(@DefaultValue("") String baseUrl) {}
