package org.maydan.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.maydan.MaydanApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application on a real port, for tests that talk HTTP to it as clients do: the
 * embedded store in a folder of the test's, or any store named by settings.
 */
public final class RunningApp implements AutoCloseable {

    /** Long enough for a loaded CI machine, short enough that a hang fails the test. */
    public static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PATIENCE).build();

    private RunningApp(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** The application on the embedded store {@code dir/maydan}, with sample data, on a free port. */
    public static RunningApp embedded(Path dir, String... settings) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--maydan.store=embedded",
                "--maydan.embedded.url=jdbc:h2:file:" + dir.resolve("maydan").toAbsolutePath()));
        args.addAll(List.of(settings));
        return start(args);
    }

    /** The application with these settings only (a port, a store). */
    public static RunningApp start(List<String> settings) {
        return new RunningApp(new SpringApplicationBuilder(MaydanApplication.class).run(settings.toArray(String[]::new)));
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port() + pathAndQuery);
    }

    public HttpResponse<String> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(PATIENCE).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public JsonNode getJson(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = get(pathAndQuery);
        if (response.statusCode() != 200) {
            throw new AssertionError(pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    public HttpResponse<String> post(String pathAndQuery, String contentType, byte[] body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(PATIENCE)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Sends {@code head} (request line and headers, CRLF-separated, without the blank line) and then
     * {@code body} as written, over a plain socket, and returns what the server answered before it
     * closed the connection or went quiet: for requests no HTTP client library lets one send.
     */
    public String raw(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port()), (int) PATIENCE.toMillis());
            socket.setSoTimeout((int) Duration.ofSeconds(10).toMillis());
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            // Written beside the reading: the server may answer (and close) before the body is through,
            // which is what some tests check, and the answer must be read before the connection resets.
            Thread writer = new Thread(() -> {
                try {
                    out.write(body);
                    out.flush();
                } catch (IOException closedEarly) {
                    // The server stopped reading.
                }
            }, "raw-body-writer");
            writer.setDaemon(true);
            writer.start();
            return readAnswer(socket.getInputStream());
        }
    }

    private static String readAnswer(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        StringBuilder answer = new StringBuilder();
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                if (complete(answer)) {
                    break;
                }
            }
        } catch (java.net.SocketTimeoutException | java.net.SocketException quiet) {
            // What came before the server went quiet or reset the connection is the answer.
        }
        return answer.toString();
    }

    /** Whether a response with a Content-Length has all its body. */
    private static boolean complete(CharSequence answer) {
        String text = answer.toString();
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        for (String line : text.substring(0, end).split("\r\n")) {
            if (line.regionMatches(true, 0, "Content-Length:", 0, "Content-Length:".length())) {
                int length = Integer.parseInt(line.substring("Content-Length:".length()).strip());
                return text.substring(end + 4).getBytes(StandardCharsets.UTF_8).length >= length;
            }
        }
        return false;
    }

    @Override
    public void close() {
        context.close();
    }
}
