package org.maydan.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * HTTP timings against a running server: the latency of one request repeated, and the requests
 * per second many clients get from it at once. Bodies are read to the end, as a client must;
 * anything but 200 (or 304 when asked for) is an error, never a timing.
 */
final class HttpBench {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final double NANOS_PER_MILLI = 1e6;
    private static final double NANOS_PER_SECOND = 1e9;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();
    private final String base;

    HttpBench(String base) {
        this.base = base.replaceAll("/+$", "");
    }

    URI uri(String path) {
        return URI.create(base + path);
    }

    /** One answer: its status, body size and entity tag. */
    record Fetched(int status, long bytes, @Nullable String etag) {}

    /** Throughput of one request at many clients. */
    record Throughput(double requestsPerSecond, double p50, double p99, long requests, long errors) {

        @Override
        public String toString() {
            return String.format("%,.0f requests/s, p50 %.1f ms, p99 %.1f ms (%,d requests, %d errors)",
                    requestsPerSecond, p50, p99, requests, errors);
        }
    }

    Fetched fetch(String path, @Nullable String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (ConnectException e) {
            throw new IOException("no server answers at " + uri(path), e);
        }
        try (InputStream body = response.body()) {
            long bytes = body.transferTo(OutputStream.nullOutputStream());
            int status = response.statusCode();
            boolean expected = status == HttpURLConnection.HTTP_OK
                    || (ifNoneMatch != null && status == HttpURLConnection.HTTP_NOT_MODIFIED);
            if (!expected) {
                throw new IOException("GET " + uri(path) + " answered " + status);
            }
            return new Fetched(status, bytes, response.headers().firstValue("ETag").orElse(null));
        }
    }

    /** p50 and p95 of {@code runs} requests after {@code warmups}; returns the last answer's size too. */
    Latency time(String path, int warmups, int runs, long[] bytes) throws IOException, InterruptedException {
        for (int i = 0; i < warmups; i++) {
            bytes[0] = fetch(path, null).bytes();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            fetch(path, null);
            millis[i] = (System.nanoTime() - start) / NANOS_PER_MILLI;
        }
        return Latency.of(millis);
    }

    /** {@code clients} threads request {@code path} as fast as answers come, for {@code seconds} after a warm-up. */
    Throughput load(String path, int clients, double seconds, double warmupSeconds) throws InterruptedException {
        run(path, clients, warmupSeconds);
        return run(path, clients, seconds);
    }

    private Throughput run(String path, int clients, double seconds) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * NANOS_PER_SECOND);
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> {
                List<Long> nanos = new ArrayList<>();
                while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    try {
                        fetch(path, null);
                        nanos.add(System.nanoTime() - t0);
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    }
                }
                return nanos;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> result : results) {
            try {
                all.addAll(result.get());
            } catch (ExecutionException e) {
                errors.incrementAndGet();
            }
        }
        double elapsed = (System.nanoTime() - start) / NANOS_PER_SECOND;
        pool.shutdown();
        double[] millis = all.stream().mapToDouble(n -> n / NANOS_PER_MILLI).toArray();
        Latency latency = millis.length == 0 ? new Latency(0, 0, 0) : Latency.of(millis);
        double p99 = millis.length == 0 ? 0 : Latency.percentile(millis, 99);
        return new Throughput(all.size() / elapsed, latency.p50(), p99, all.size(), errors.get());
    }
}
