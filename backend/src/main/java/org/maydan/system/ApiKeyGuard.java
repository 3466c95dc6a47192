package org.maydan.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets writes to the API ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE} under
 * {@code /api/**}) through only with one of the {@link ApiKeys}, sent as
 * {@code Authorization: Bearer KEY} or {@code X-API-Key: KEY}; reads stay public. Without any key
 * every write is refused: there is no default key. The name of the key that was presented is left
 * in the request attribute {@link #KEY_NAME}, for handlers that record who wrote.
 */
public class ApiKeyGuard implements HandlerInterceptor {

    /** The header that may carry the key instead of {@code Authorization}. */
    public static final String API_KEY_HEADER = "X-API-Key";
    /** Request attribute: the name of the key a write presented. */
    public static final String KEY_NAME = "org.maydan.system.ApiKeyGuard.keyName";
    private static final String BEARER = "Bearer ";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final ApiKeys keys;

    public ApiKeyGuard(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (READS.contains(request.getMethod())) {
            return true;
        }
        if (!keys.any()) {
            throw new RequestRefusedException(HttpStatus.FORBIDDEN, RequestRefusedException.WRITES_DISABLED,
                    "Writes disabled", "writes are disabled until an API key is set: start the server with the"
                    + " environment variable MAYDAN_API_KEY, or name keys in maydan.write.keys or maydan.write.key-file");
        }
        String given = presented(request);
        if (given == null) {
            throw new RequestRefusedException(HttpStatus.UNAUTHORIZED, RequestRefusedException.UNAUTHORIZED,
                    "API key required", "writes need an API key, sent as 'Authorization: Bearer KEY' or '"
                    + API_KEY_HEADER + ": KEY'");
        }
        String name = keys.nameOf(given).orElseThrow(() -> new RequestRefusedException(HttpStatus.UNAUTHORIZED,
                RequestRefusedException.UNAUTHORIZED, "Wrong API key", "the API key sent is not one of this server's keys"));
        request.setAttribute(KEY_NAME, name);
        return true;
    }

    private static @Nullable String presented(HttpServletRequest request) {
        String header = request.getHeader(API_KEY_HEADER);
        if (header != null && !header.isBlank()) {
            return header.strip();
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String token = authorization.substring(BEARER.length()).strip();
            return token.isEmpty() ? null : token;
        }
        return null;
    }
}
