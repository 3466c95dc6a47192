package org.maydan.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.maydan.bench.BenchmarkReport;
import org.maydan.cli.Command;
import org.maydan.cli.Commands;
import org.maydan.cli.UsageException;
import picocli.CommandLine;

/**
 * {@code load --url URL [--seconds 60] [--clients 32] [--api-key KEY] [--exports N] [--json FILE]}:
 * a bounded load run against a running server. {@code --clients} clients send requests one after
 * another for {@code --seconds}: event pages (full and compact), timelines (with and without a
 * box), place searches, event details and, with an API key, authenticated ingests of new synthetic
 * articles and resends of earlier ones. {@code --exports N} adds N clients that export the whole
 * store as CSV over and over, to see what exports do to the other requests.
 *
 * <p>Prints requests per second, p50/p95/p99 per kind and overall, and the errors. After the run
 * every article written is sent again: each must be answered as already stored under the id it
 * got, so none was lost and none stored twice. Exit 0 with no error and no lost or duplicated
 * write, 1 otherwise. Run the server with rate limits above the load (see the README), or the
 * refusals it is configured to make are counted apart as {@code refused}.
 */
@CommandLine.Command(name = "load", mixinStandardHelpOptions = true,
        description = "a timed load run against a running server: requests/s, p50/p95/p99, errors")
public final class LoadCommand implements Command {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final long JOIN_MARGIN_SECONDS = 120;
    private static final ObjectMapper JSON = new ObjectMapper();

    @CommandLine.Option(names = "--url", required = true, paramLabel = "URL",
            description = "the running server, e.g. http://127.0.0.1:8080")
    String url = "";

    @CommandLine.Option(names = "--seconds", defaultValue = "60", description = "how long to run (${DEFAULT-VALUE})")
    int seconds;

    @CommandLine.Option(names = "--clients", defaultValue = "32", description = "concurrent clients (${DEFAULT-VALUE})")
    int clients;

    @CommandLine.Option(names = "--api-key", paramLabel = "KEY",
            description = "a write key; default: the environment variable MAYDAN_API_KEY; without one, no ingests")
    @Nullable String apiKey;

    @CommandLine.Option(names = "--exports", defaultValue = "0",
            description = "extra clients exporting the whole store as CSV all the time (${DEFAULT-VALUE})")
    int exports;

    @CommandLine.Option(names = "--seed", defaultValue = "1", description = "seed of the synthetic articles (${DEFAULT-VALUE})")
    long seed;

    @CommandLine.Option(names = "--json", paramLabel = "FILE", description = "also write the figures as JSON")
    @Nullable Path json;

    @Override
    public int run(PrintStream out, PrintStream err) throws Exception {
        if (seconds < 1 || clients < 1 || exports < 0) {
            throw new UsageException("--seconds and --clients must be at least 1, --exports at least 0");
        }
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        String key = apiKey != null ? apiKey : System.getenv("MAYDAN_API_KEY");
        key = key == null || key.isBlank() ? null : key;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(REQUEST_TIMEOUT).build();
        LoadTarget target = LoadTarget.read(http, base, REQUEST_TIMEOUT);
        LoadTally tally = new LoadTally();
        LoadClient.Ledger ledger = new LoadClient.Ledger();
        out.printf("load: %d clients%s for %d s against %s (%d events sampled)%s%n", clients,
                exports > 0 ? " + " + exports + " exporting" : "", seconds, base, target.eventIds().size(),
                key == null ? ", no API key: reads only" : "");

        long started = System.nanoTime();
        long deadline = started + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients + exports; i++) {
            LoadClient client = new LoadClient(http, target, key, tally, ledger, deadline, REQUEST_TIMEOUT, seed, i,
                    i >= clients);
            Thread thread = new Thread(client, "load-client-" + i);
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(seconds + JOIN_MARGIN_SECONDS));
        }
        double elapsed = (System.nanoTime() - started) / 1e9;

        BenchmarkReport report = new BenchmarkReport("load");
        report.put("url", base).put("seconds", seconds).put("clients", clients).put("exporting_clients", exports);
        long requests = print(tally, elapsed, out, report);
        int[] writes = verifyWrites(http, base, key, ledger, out);
        report.put("writes_stored", ledger.ids().size()).put("writes_lost", writes[0]).put("writes_duplicated", writes[1]);
        report.put("requests", requests).put("errors", tally.errors()).put("refused", tally.refused());
        report.writeTo(json);
        boolean clean = tally.errors() == 0 && writes[0] == 0 && writes[1] == 0;
        return clean ? Commands.OK : Commands.FAILED;
    }

    /** Prints the table and records it; returns the requests that were not exports. */
    private static long print(LoadTally tally, double elapsed, PrintStream out, BenchmarkReport report) {
        out.printf("%-16s %8s %8s %8s %8s %8s %8s %7s %7s%n", "kind", "requests", "req/s", "p50 ms", "p95 ms",
                "p99 ms", "max ms", "errors", "refused");
        long requests = 0;
        for (LoadKind kind : LoadKind.values()) {
            LoadTally.Kind k = tally.of(kind);
            long n = k.ok() + k.errors() + k.refusedCount();
            if (n == 0) {
                continue;
            }
            if (kind != LoadKind.EXPORT) {
                requests += n;
            }
            Percentiles p = Percentiles.ofNanos(k.times());
            out.printf("%-16s %8d %8.1f %8.1f %8.1f %8.1f %8.1f %7d %7d%n", kind.label(), n, n / elapsed, p.p50(),
                    p.p95(), p.p99(), p.max(), k.errors(), k.refusedCount());
            Map<String, Object> section = report.section(kind.name().toLowerCase(java.util.Locale.ROOT));
            section.put("requests", n);
            section.put("per_second", n / elapsed);
            section.put("p50_ms", p.p50());
            section.put("p95_ms", p.p95());
            section.put("p99_ms", p.p99());
            section.put("max_ms", p.max());
            section.put("errors", k.errors());
            section.put("refused", k.refusedCount());
            k.errorSamples().forEach((what, count) -> out.println("    " + count + "x " + what));
        }
        Percentiles all = Percentiles.ofNanos(tally.allTimes());
        out.printf("%-16s %8d %8.1f %8.1f %8.1f %8.1f %8.1f %7d %7d%n", "all but exports", requests, requests / elapsed,
                all.p50(), all.p95(), all.p99(), all.max(), tally.errors() - tally.of(LoadKind.EXPORT).errors(),
                tally.refused() - tally.of(LoadKind.EXPORT).refusedCount());
        report.put("per_second", requests / elapsed).put("p50_ms", all.p50()).put("p95_ms", all.p95())
                .put("p99_ms", all.p99());
        return requests;
    }

    /**
     * Sends every article written during the run once more; each must be answered as already
     * stored under the id it got. Returns {lost, duplicated}.
     */
    private static int[] verifyWrites(HttpClient http, String base, @Nullable String key, LoadClient.Ledger ledger,
            PrintStream out) throws Exception {
        int lost = 0;
        int duplicated = 0;
        for (Map.Entry<String, Long> written : ledger.ids().entrySet()) {
            HttpResponse<String> again = http.send(LoadClient.post(base, key, ledger.article(written.getKey()),
                    REQUEST_TIMEOUT), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode body = again.statusCode() == 200 ? JSON.readTree(again.body()) : null;
            if (body == null || !body.path("status").asText().equals("existing")) {
                lost++;
                out.println("  lost? " + written.getKey() + " answered " + again.statusCode());
            } else if (body.path("article").path("id").asLong() != written.getValue()) {
                duplicated++;
                out.println("  stored twice? " + written.getKey());
            }
        }
        out.printf("writes: %d articles stored during the run, sent again: %d lost, %d stored twice%n",
                ledger.ids().size(), lost, duplicated);
        return new int[] {lost, duplicated};
    }
}
