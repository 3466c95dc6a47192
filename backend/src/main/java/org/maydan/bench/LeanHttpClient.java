package org.maydan.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A minimal blocking HTTP/1.1 client on one kept-alive connection, for timing: it sends a GET,
 * reads the status and headers, and reads the body to its end (by {@code Content-Length} or
 * chunk by chunk) without keeping it, much as {@code curl -o /dev/null} does. The JDK's
 * {@code HttpClient} costs several times more CPU per megabyte on the same cores as the server,
 * which would be timed as if it were the server's. Not thread-safe: one per client thread.
 */
final class LeanHttpClient implements AutoCloseable {

    private static final int BUFFER_BYTES = 1 << 16;
    private static final int HEX = 16;

    private final String host;
    private final int port;
    private final byte[] skip = new byte[BUFFER_BYTES];
    private @Nullable Socket socket;
    private @Nullable InputStream in;
    private @Nullable OutputStream out;

    LeanHttpClient(URI base) {
        this.host = base.getHost();
        this.port = base.getPort() < 0 ? 80 : base.getPort();
    }

    /** One answer: its status, body size and entity tag. */
    record Answer(int status, long bytes, @Nullable String etag) {}

    Answer get(String path, @Nullable String ifNoneMatch) throws IOException {
        try {
            return exchange(path, ifNoneMatch);
        } catch (IOException e) {
            // A kept-alive connection the server closed between requests: one retry on a new one.
            close();
            return exchange(path, ifNoneMatch);
        }
    }

    private Answer exchange(String path, @Nullable String ifNoneMatch) throws IOException {
        if (socket == null) {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream(), BUFFER_BYTES);
            out = new BufferedOutputStream(socket.getOutputStream());
        }
        String request = "GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n"
                + (ifNoneMatch == null ? "" : "If-None-Match: " + ifNoneMatch + "\r\n") + "\r\n";
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String statusLine = line();
        int status = Integer.parseInt(statusLine.substring(statusLine.indexOf(' ') + 1, statusLine.indexOf(' ') + 4));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        String etag = null;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).strip();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                case "connection" -> close = value.equalsIgnoreCase("close");
                case "etag" -> etag = value;
                default -> { }
            }
        }
        long bytes = 0;
        if (chunked) {
            for (long chunk = Long.parseLong(line().split(";")[0].strip(), HEX); chunk > 0;
                    chunk = Long.parseLong(line().split(";")[0].strip(), HEX)) {
                discard(chunk);
                bytes += chunk;
                line();
            }
            while (!line().isEmpty()) {
                // trailer fields, if any
            }
        } else if (length > 0) {
            discard(length);
            bytes = length;
        }
        if (close) {
            close();
        }
        return new Answer(status, bytes, etag);
    }

    private void discard(long count) throws IOException {
        long left = count;
        while (left > 0) {
            int read = in.read(skip, 0, (int) Math.min(skip.length, left));
            if (read < 0) {
                throw new EOFException("the body ended " + left + " bytes early");
            }
            left -= read;
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("the connection closed mid-answer");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a connection we no longer need; nothing to do
            }
        }
        socket = null;
        in = null;
        out = null;
    }
}
