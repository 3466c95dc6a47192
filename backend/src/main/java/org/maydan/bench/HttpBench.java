package org.maydan.bench;

import java.io.IOException;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * HTTP requests against a running server, for timing: single requests on one kept-alive
 * connection, and the requests per second many clients get at once, each on its own connection
 * ({@link LeanHttpClient}). Bodies are read to the end, as a client must; anything but 200 (or 304
 * when asked for) is an error, never a timing.
 */
final class HttpBench {

    private static final double NANOS_PER_MILLI = 1e6;
    private static final double NANOS_PER_SECOND = 1e9;

    private final URI base;
    /** The connection of the thread that times single requests. */
    private final LeanHttpClient client;

    HttpBench(String base) {
        this.base = URI.create(base.replaceAll("/+$", ""));
        this.client = new LeanHttpClient(this.base);
    }

    /** Throughput of one request at many clients. */
    record Throughput(double requestsPerSecond, double p50, double p99, long requests, long errors) {

        @Override
        public String toString() {
            return String.format("%,.0f requests/s, p50 %.1f ms, p99 %.1f ms (%,d requests, %d errors)",
                    requestsPerSecond, p50, p99, requests, errors);
        }
    }

    /** GETs {@code path} on the timing connection; anything but 200 (or the 304 asked for) is an error. */
    LeanHttpClient.Answer fetch(String path, @Nullable String ifNoneMatch) throws IOException {
        return fetch(client, path, ifNoneMatch);
    }

    private LeanHttpClient.Answer fetch(LeanHttpClient on, String path, @Nullable String ifNoneMatch)
            throws IOException {
        LeanHttpClient.Answer answer;
        try {
            answer = on.get(path, ifNoneMatch);
        } catch (ConnectException e) {
            throw new IOException("no server answers at " + base, e);
        }
        boolean expected = answer.status() == HttpURLConnection.HTTP_OK
                || (ifNoneMatch != null && answer.status() == HttpURLConnection.HTTP_NOT_MODIFIED);
        if (!expected) {
            throw new IOException("GET " + base + path + " answered " + answer.status());
        }
        return answer;
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
                try (LeanHttpClient own = new LeanHttpClient(base)) {
                    while (System.nanoTime() < deadline) {
                        long t0 = System.nanoTime();
                        try {
                            fetch(own, path, null);
                            nanos.add(System.nanoTime() - t0);
                        } catch (IOException e) {
                            errors.incrementAndGet();
                            own.close();
                        }
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
