package org.maydan.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.PathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the security headers on every response:
 *
 * <ul>
 *   <li>{@code Content-Security-Policy}: scripts, styles, fonts and fetches only from the app itself
 *       (no inline script or style, no {@code eval}); images from the app, {@code data:} and
 *       {@code blob:} URLs and the base-map tile host; no plugins; {@code frame-ancestors 'self'}.</li>
 *   <li>{@code X-Content-Type-Options: nosniff} and the configured {@code Referrer-Policy}.</li>
 *   <li>Framing: only the app itself may frame it ({@code X-Frame-Options: SAMEORIGIN} too, for old
 *       browsers), except on {@link SecurityHeadersProperties#embeddablePaths()} (the embeddable map
 *       and tiles), which any site may frame.</li>
 *   <li>{@code Strict-Transport-Security} on requests that came over TLS: directly, or through a
 *       proxy when {@code server.forward-headers-strategy} makes the request secure.</li>
 * </ul>
 *
 * The headers survive a {@code response.reset()} (which an export does before answering an error).
 */
public final class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CSP = "Content-Security-Policy";
    static final String NOSNIFF = "X-Content-Type-Options";
    static final String REFERRER_POLICY = "Referrer-Policy";
    static final String FRAME_OPTIONS = "X-Frame-Options";
    static final String HSTS = "Strict-Transport-Security";
    private static final String ANY_FRAMER = "*";
    private static final String SELF = "'self'";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");

    private final PathMatcher paths = new AntPathMatcher();
    private final List<String> embeddable;
    private final String closedPolicy;
    private final String openPolicy;
    private final String referrerPolicy;
    private final String hsts;

    /**
     * @param tileUrl the base map's tile URL template ({@code maydan.map.tile-url})
     */
    public SecurityHeadersFilter(SecurityHeadersProperties properties, String tileUrl) {
        this.embeddable = List.copyOf(properties.embeddablePaths());
        List<String> images = new ArrayList<>(List.of(SELF, "data:", "blob:"));
        String tileHost = sourceOf(tileUrl);
        if (tileHost != null) {
            images.add(tileHost);
        }
        images.addAll(properties.imgSources());
        List<String> connect = new ArrayList<>(List.of(SELF));
        connect.addAll(properties.connectSources());
        this.closedPolicy = policy(images, connect, SELF);
        this.openPolicy = policy(images, connect, ANY_FRAMER);
        this.referrerPolicy = properties.referrerPolicy();
        this.hsts = "max-age=" + properties.hstsMaxAge().toSeconds()
                + (properties.hstsIncludeSubdomains() ? "; includeSubDomains" : "");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = RequestKind.path(request);
        boolean open = embeddable.stream().anyMatch(p -> paths.match(p, path));
        boolean secure = request.isSecure();
        apply(response, open, secure);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void reset() {
                super.reset();
                apply(response, open, secure);
            }
        });
    }

    private void apply(HttpServletResponse response, boolean open, boolean secure) {
        response.setHeader(CSP, open ? openPolicy : closedPolicy);
        response.setHeader(NOSNIFF, "nosniff");
        response.setHeader(REFERRER_POLICY, referrerPolicy);
        if (!open) {
            response.setHeader(FRAME_OPTIONS, "SAMEORIGIN");
        }
        if (secure) {
            response.setHeader(HSTS, hsts);
        }
    }

    /** The policy, with {@code framers} as its frame-ancestors. */
    static String policy(List<String> images, List<String> connect, String framers) {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self'",
                "img-src " + String.join(" ", images),
                "connect-src " + String.join(" ", connect),
                "worker-src 'self' blob:",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors " + framers);
    }

    /**
     * The CSP source of a tile URL template: its scheme and host, with the labels up to the last
     * placeholder (Leaflet's {@code {s}} subdomain) as {@code *} (CSP allows a wildcard only as the
     * leftmost labels); just the scheme when a placeholder is the last label; {@code null} for a
     * template on the app itself.
     */
    static @Nullable String sourceOf(String tileUrl) {
        int schemeEnd = tileUrl.indexOf("//");
        if (schemeEnd < 0) {
            return null;
        }
        String scheme = tileUrl.substring(0, schemeEnd);
        int hostEnd = tileUrl.indexOf('/', schemeEnd + 2);
        String host = tileUrl.substring(schemeEnd + 2, hostEnd < 0 ? tileUrl.length() : hostEnd);
        Matcher placeholder = PLACEHOLDER.matcher(host);
        int last = -1;
        while (placeholder.find()) {
            last = placeholder.end();
        }
        if (last >= 0) {
            int dot = host.indexOf('.', last);
            if (dot < 0) {
                return scheme.isEmpty() ? null : scheme;
            }
            host = "*" + host.substring(dot);
        }
        return (scheme.isEmpty() ? "" : scheme + "//") + host;
    }
}
