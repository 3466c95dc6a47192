package org.maydan.frontend;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import org.webjars.WebJarVersionLocator;

/**
 * Serves the page the way the backend does: {@code static/} from the class path at {@code /},
 * {@code /embed} as {@code embed.html}, WebJars under {@code /webjars/{name}/{path}} without their
 * version (resolved by the same webjars-locator-lite the backend uses), and {@code /api/} from the
 * given handler. Every response carries a strict Content-Security-Policy (no inline script or style,
 * no eval) and {@code X-Content-Type-Options: nosniff}, so the browser tests prove the page works
 * under them; answers are gzipped when the browser accepts it, as the backend's are.
 */
final class SiteServer implements AutoCloseable {

    private static final String STATIC_ROOT = "static";
    private static final String WEBJARS_PREFIX = "/webjars/";
    private static final String API_PREFIX = "/api/";
    private static final int NOT_FOUND = 404;
    private static final int OK = 200;
    /** Requests the JDK server may queue; the browser opens only a handful of connections. */
    private static final int BACKLOG = 32;
    private static final String EMBED = "/embed";
    private static final int THREADS = 8;
    /** The policy the page must work under: nothing inline, nothing evaluated, data from this origin. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: https://tile.openstreetmap.org; connect-src 'self'; font-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    /** Smaller answers are not worth compressing. */
    private static final int GZIP_MIN_BYTES = 1024;

    // ES modules are refused unless served with a JavaScript MIME type.
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json",
            "png", "image/png",
            "svg", "image/svg+xml",
            "map", "application/json");

    private final HttpServer server;
    private final WebJarVersionLocator webJars = new WebJarVersionLocator();

    SiteServer(HttpHandler api) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), BACKLOG);
        server.createContext("/", this::serveResource).getFilters().add(SECURITY_HEADERS);
        server.createContext(API_PREFIX, api).getFilters().add(SECURITY_HEADERS);
        // Several requests at once, as the backend's Tomcat serves them: the page loads a dozen modules.
        server.setExecutor(Executors.newFixedThreadPool(THREADS));
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private void serveResource(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String resource = resourceFor(path);
            InputStream body = resource == null ? null : getClass().getClassLoader().getResourceAsStream(resource);
            if (body == null) {
                exchange.sendResponseHeaders(NOT_FOUND, -1);
                return;
            }
            try (body) {
                String extension = resource.substring(resource.lastIndexOf('.') + 1);
                sendBytes(exchange, OK, CONTENT_TYPES.getOrDefault(extension, "application/octet-stream"), body.readAllBytes());
            }
        }
    }

    private @Nullable String resourceFor(String path) {
        if (path.contains("..")) {
            return null;
        }
        if (path.startsWith(WEBJARS_PREFIX)) {
            String rest = path.substring(WEBJARS_PREFIX.length());
            int slash = rest.indexOf('/');
            return slash < 0 ? null : webJars.fullPath(rest.substring(0, slash), rest.substring(slash + 1));
        }
        if (path.equals(EMBED)) {
            return STATIC_ROOT + EMBED + ".html";
        }
        return STATIC_ROOT + (path.endsWith("/") ? path + "index.html" : path);
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        sendBytes(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static void sendBytes(HttpExchange exchange, int status, String contentType, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        String accepted = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        if (accepted != null && accepted.contains("gzip") && bytes.length >= GZIP_MIN_BYTES && !contentType.startsWith("image/")) {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            bytes = gzip(bytes);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** Sends a body compressed beforehand (every browser the tests drive accepts gzip). */
    static void sendGzipped(HttpExchange exchange, String contentType, byte[] gzipped) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        exchange.sendResponseHeaders(OK, gzipped.length);
        exchange.getResponseBody().write(gzipped);
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream packed = new ByteArrayOutputStream(bytes.length / 4);
        try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return packed.toByteArray();
    }

    private static final Filter SECURITY_HEADERS = new Filter() {
        @Override
        public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
            exchange.getResponseHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Referrer-Policy", "same-origin");
            chain.doFilter(exchange);
        }

        @Override
        public String description() {
            return "security headers";
        }
    };

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
