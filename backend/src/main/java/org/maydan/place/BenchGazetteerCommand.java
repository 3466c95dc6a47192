package org.maydan.place;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.maydan.bench.BenchmarkReport;
import org.maydan.cli.Command;
import org.maydan.cli.Commands;
import org.maydan.cli.UsageException;
import org.maydan.gazetteer.Gazetteer;
import org.maydan.gazetteer.GazetteerConfig;
import org.maydan.gazetteer.Place;
import picocli.CommandLine;

/**
 * {@code bench-gazetteer [--gazetteer DIR_OR_FILE] [--json FILE]}: load time and heap after GC of
 * the default gazetteer (everything shipped: GeoNames, curated, OCHA; targets
 * {@value #TARGET_LOAD_SECONDS} s and {@value #TARGET_HEAP_MB} MB, loaded first in a fresh JVM) and
 * of the default plus the given sources, the first region phrase (which reads the boundary
 * polygons), exact-lookup latency, search p50/p99 and text-scanning throughput. Numbers are from
 * one JVM on this machine; warm-up runs precede every timed loop.
 */
@CommandLine.Command(name = "bench-gazetteer", mixinStandardHelpOptions = true,
        description = "gazetteer load time, heap, lookup and search latency")
public final class BenchGazetteerCommand implements Command {

    static final int LOOKUPS = 2_000_000;
    static final int SEARCHES = 2_000;
    static final int SCAN_TEXT_CHARS = 2_000;
    static final int SCANS = 2_000;
    private static final long SEED = 42;
    /** Load-time target of the default gazetteer in a fresh JVM (issue 8). */
    static final double TARGET_LOAD_SECONDS = 1.5;
    /** Heap target of the default gazetteer, after GC (issue 8). */
    static final int TARGET_HEAP_MB = 120;
    private static final String REGION_PHRASE = "قصف على ريف حماة الشمالي وشمال غربي سوريا";

    @CommandLine.Option(names = "--gazetteer", paramLabel = "DIR_OR_FILE",
            description = "also time the default gazetteer plus these place data")
    @Nullable Path extra;

    @CommandLine.Option(names = "--json", paramLabel = "FILE", description = "also write the figures as JSON")
    @Nullable Path json;

    @Override
    public int run(PrintStream out, PrintStream err) throws Exception {
        if (extra != null && !Files.exists(extra)) {
            throw new UsageException("--gazetteer " + extra + ": no such file or folder");
        }
        BenchmarkReport report = new BenchmarkReport("bench-gazetteer");
        out.printf("targets for the default gazetteer: load <= %.1f s, heap <= %d MB%n", TARGET_LOAD_SECONDS,
                TARGET_HEAP_MB);
        Gazetteer g = measureLoad("default (shipped GeoNames, curated, OCHA)", GazetteerConfig.defaults(), out,
                report.section("default"));
        if (extra != null) {
            g = measureLoad("default + " + extra, GazetteerConfig.withSources(extra), out,
                    report.section("with_sources"));
        }
        List<Place> places = g.places();
        Random random = new Random(SEED);
        String[] names = new String[1024];
        for (int i = 0; i < names.length; i++) {
            names[i] = places.get(random.nextInt(places.size())).nameAr();
        }
        long sink = 0;
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < LOOKUPS; i++) {
                sink += g.lookup(names[i & (names.length - 1)]).size();
            }
            if (round == 1) {
                double nanos = (System.nanoTime() - t0) / (double) LOOKUPS;
                out.printf("exact lookup: %.0f ns/op (%d lookups)%n", nanos, LOOKUPS);
                report.put("lookup_ns", nanos);
            }
        }
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < SEARCHES; i++) {
            Place p = places.get(random.nextInt(places.size()));
            queries.add(i % 2 == 0 ? p.nameAr() : p.nameEn());
        }
        long[] times = new long[SEARCHES];
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < SEARCHES; i++) {
                long t0 = System.nanoTime();
                sink += g.search(queries.get(i), 10).size();
                times[i] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(times);
        double p50 = times[SEARCHES / 2] / 1e6;
        double p99 = times[SEARCHES * 99 / 100] / 1e6;
        out.printf("search (10 hits, Arabic and Latin names): p50 %.2f ms, p99 %.2f ms%n", p50, p99);
        report.put("search_p50_ms", p50).put("search_p99_ms", p99);
        StringBuilder text = new StringBuilder();
        while (text.length() < SCAN_TEXT_CHARS) {
            text.append("قالت مصادر إن القصف طال ").append(names[random.nextInt(names.length)])
                    .append(" وقرى مجاورة في ريف حماة الشمالي. ");
        }
        String article = text.toString();
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < SCANS; i++) {
                sink += g.findNames(article).size();
            }
            if (round == 1) {
                double perText = (System.nanoTime() - t0) / (double) SCANS;
                out.printf("findNames on %d-char text: %.3f ms, %.0f texts/s on one core%n",
                        article.length(), perText / 1e6, 1e9 / perText);
                report.put("scan_texts_per_s", 1e9 / perText);
            }
        }
        out.println("(checksum " + sink + ")");
        report.writeTo(json);
        return Commands.OK;
    }

    private static Gazetteer measureLoad(String label, GazetteerConfig config, PrintStream out,
            Map<String, Object> figures) throws Exception {
        long before = heapAfterGc();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Gazetteer g = Gazetteer.load(config);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        long t1 = System.nanoTime();
        g.findNames(REGION_PHRASE);
        double firstRegion = (System.nanoTime() - t1) / 1e9;
        long after = heapAfterGc();
        Gazetteer.Summary s = g.summary();
        out.printf("load %s: %.2f s (%.2f s CPU on the loading thread), heap +%.1f MB after GC (with"
                + " boundaries); first region phrase %.2f s;"
                + " %d places, %d names read, %d merged, %d boundaries%n", label, seconds, cpuSeconds,
                (after - before) / 1e6, firstRegion, s.places(), s.names(), s.merged(), s.boundaries());
        figures.put("load_s", seconds);
        figures.put("load_thread_cpu_s", cpuSeconds);
        figures.put("heap_mb", (after - before) / 1e6);
        figures.put("first_region_phrase_s", firstRegion);
        figures.put("places", s.places());
        figures.put("names", s.names());
        return g;
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
