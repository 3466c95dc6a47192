package org.maydan.frontend;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.webjars.WebJarVersionLocator;

/**
 * Serves the page the way the backend does: {@code static/} from the class path at {@code /},
 * WebJars under {@code /webjars/{name}/{path}} without their version (resolved by the same
 * webjars-locator-lite the backend uses), and {@code /api/} from the given handler.
 */
final class SiteServer implements AutoCloseable {

    private static final String STATIC_ROOT = "static";
    private static final String WEBJARS_PREFIX = "/webjars/";
    private static final String API_PREFIX = "/api/";
    private static final int NOT_FOUND = 404;
    private static final int OK = 200;
    /** Requests the JDK server may queue; the browser opens only a handful of connections. */
    private static final int BACKLOG = 32;

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
        server.createContext("/", this::serveResource);
        server.createContext(API_PREFIX, api);
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
                byte[] bytes = body.readAllBytes();
                String extension = path.substring(path.lastIndexOf('.') + 1);
                exchange.getResponseHeaders().set("Content-Type",
                        CONTENT_TYPES.getOrDefault(path.endsWith("/") ? "html" : extension, "application/octet-stream"));
                exchange.sendResponseHeaders(OK, bytes.length);
                exchange.getResponseBody().write(bytes);
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
        return STATIC_ROOT + (path.endsWith("/") ? path + "index.html" : path);
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
