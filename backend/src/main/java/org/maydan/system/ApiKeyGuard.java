package org.maydan.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets writes to the API ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE} under
 * {@code /api/**}) through only with the configured key, sent as {@code Authorization: Bearer KEY}
 * or {@code X-API-Key: KEY}; reads stay public. Without a configured key every write is refused:
 * there is no default key. Keys are compared in constant time over their SHA-256 digests, so
 * neither the content nor the length of the key leaks through timing.
 */
public class ApiKeyGuard implements HandlerInterceptor {

    /** The header that may carry the key instead of {@code Authorization}. */
    public static final String API_KEY_HEADER = "X-API-Key";
    private static final String BEARER = "Bearer ";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final byte @Nullable [] keyDigest;

    public ApiKeyGuard(WriteAccessProperties properties) {
        String key = properties.apiKey();
        this.keyDigest = key == null || key.isBlank() ? null : digest(key.strip());
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (READS.contains(request.getMethod())) {
            return true;
        }
        if (keyDigest == null) {
            throw new RequestRefusedException(HttpStatus.FORBIDDEN, RequestRefusedException.WRITES_DISABLED,
                    "Writes disabled", "writes are disabled until an API key is set: start the server with the"
                    + " environment variable MAYDAN_API_KEY");
        }
        String given = presented(request);
        if (given == null) {
            throw new RequestRefusedException(HttpStatus.UNAUTHORIZED, RequestRefusedException.UNAUTHORIZED,
                    "API key required", "writes need the API key, sent as 'Authorization: Bearer KEY' or '"
                    + API_KEY_HEADER + ": KEY'");
        }
        if (!MessageDigest.isEqual(keyDigest, digest(given))) {
            throw new RequestRefusedException(HttpStatus.UNAUTHORIZED, RequestRefusedException.UNAUTHORIZED,
                    "Wrong API key", "the API key sent is not this server's key");
        }
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

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
