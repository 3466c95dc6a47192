package org.maydan.frontend;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The map page at scale, in headless Chromium against the fake API serving N synthetic events
 * (2017-2020): opens a one-year window and times the first render, then slider updates (a grip
 * moved a day by the keyboard, input to the next painted frame), type toggles, playback frames
 * (the page's own work per step and the interval between animation frames at a month a second),
 * and reads the JavaScript heap after a garbage collection. Checks on the way that every event of
 * the window is counted and drawn.
 *
 * <pre>
 * ./mvnw -q -B -pl frontend test-compile exec:java -Dexec.args="--events 100000 --json target/map-bench.json"
 * </pre>
 */
public final class MapBenchmark {

    private static final int DEFAULT_EVENTS = 100_000;
    private static final String WINDOW_START = "2019-01-01";
    private static final String WINDOW_END = "2019-12-31";
    private static final int SLIDER_MOVES = 40;
    private static final int TYPE_TOGGLES = 20;
    private static final int PLAYBACK_MS = 4000;
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final long SEED = 20_190_101L;

    private MapBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> options = options(args);
        int events = Integer.parseInt(options.getOrDefault("--events", String.valueOf(DEFAULT_EVENTS)));
        @Nullable String jsonFile = options.get("--json");
        FakeMaydanApi api = new FakeMaydanApi(SyntheticEvents.generate(events, SEED));
        int inWindow = api.matching(WINDOW_START, WINDOW_END, List.of()).size();
        ObjectNode report = new ObjectMapper().createObjectNode().put("events", events)
                .put("window", WINDOW_START + ".." + WINDOW_END).put("eventsInWindow", inWindow);
        try (SiteServer site = new SiteServer(api); HeadlessChromium chromium = HeadlessChromium.start()) {
            // The fake builds and caches its answer on the first request: time that apart from the page.
            long began = System.nanoTime();
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(site.base().resolve("api/events/columns")).build(),
                    HttpResponse.BodyHandlers.discarding());
            report.put("fakeServerBuildMs", (System.nanoTime() - began) / 1_000_000);
            ChromeDriver browser = (ChromeDriver) chromium.driver();
            JavascriptExecutor js = browser;
            browser.get(site.base() + "#start=" + WINDOW_START + "&end=" + WINDOW_END);
            MapPageProbe.awaitEvents(browser, inWindow, PATIENCE);
            Number firstRender = (Number) js.executeScript(
                    "return performance.getEntriesByName('maydan:first-render')[0].startTime");
            report.put("firstRenderMs", Math.round(firstRender.doubleValue()));
            @SuppressWarnings("unchecked")
            Map<String, Number> fetch = (Map<String, Number>) js.executeScript("""
                    const r = performance.getEntriesByType('resource').find((e) => e.name.includes('/api/events/columns'));
                    return {start: r.requestStart, end: r.responseEnd, bytes: r.transferSize, decoded: r.decodedBodySize};""");
            report.put("columnsRequestStartMs", Math.round(fetch.get("start").doubleValue()))
                    .put("columnsResponseEndMs", Math.round(fetch.get("end").doubleValue()))
                    .put("columnsTransferKb", fetch.get("bytes").longValue() / 1024)
                    .put("columnsJsonKb", fetch.get("decoded").longValue() / 1024);
            report.put("drawnInWindow", MapPageProbe.eventsOnMap(browser));
            report.set("sliderUpdateMs", stats(times(js, "slider", SLIDER_MOVES)));
            report.set("typeToggleMs", stats(times(js, "types", TYPE_TOGGLES)));
            @SuppressWarnings("unchecked")
            Map<String, List<Number>> playback = (Map<String, List<Number>>) js.executeAsyncScript(PLAYBACK_SCRIPT, PLAYBACK_MS);
            report.set("playbackWorkMs", stats(playback.get("work")));
            report.set("playbackFrameIntervalMs", stats(playback.get("frames")));
            report.put("playbackSteps", playback.get("work").size());
            browser.executeCdpCommand("HeapProfiler.collectGarbage", Map.of());
            // The JavaScript heap, and the typed arrays' backing stores the columns live in (outside it).
            Map<String, Object> heap = browser.executeCdpCommand("Runtime.getHeapUsage", Map.of());
            report.put("heapUsedMb", megabytes(heap.get("usedSize")));
            if (heap.get("backingStorageSize") instanceof Number) {
                report.put("arrayBuffersMb", megabytes(heap.get("backingStorageSize")));
            }
        }
        String json = report.toPrettyString();
        System.out.println(json);
        if (jsonFile != null) {
            Path file = Path.of(jsonFile).toAbsolutePath();
            Files.createDirectories(file.getParent());
            Files.writeString(file, json + "\n");
        }
    }

    /**
     * Times an action repeated arguments[1] times, each from the action to the next painted frame
     * after the page reports it has rendered: "slider" moves the start grip a day right then left
     * with the keyboard, "types" unticks then ticks the first type.
     */
    private static final String TIMED_SCRIPT = """
            const [action, count, done] = arguments;
            const grip = document.getElementById('slider-start');
            const box = document.querySelector('#type-filter input');
            const act = (k) => {
              if (action === 'slider') {
                grip.dispatchEvent(new KeyboardEvent('keydown', {key: k % 2 ? 'ArrowLeft' : 'ArrowRight', bubbles: true}));
              } else {
                box.checked = !box.checked;
                box.dispatchEvent(new Event('change', {bubbles: true}));
              }
            };
            const once = (k) => new Promise((resolve) => {
              const t0 = performance.now();
              document.addEventListener('maydan:rendered', () => requestAnimationFrame(() => resolve(performance.now() - t0)), {once: true});
              act(k);
            });
            (async () => { const times = []; for (let k = 0; k < count; k++) times.push(await once(k)); done(times); })();""";

    /** Plays at a month a second for the given time, collecting the page's work per step and frame intervals. */
    private static final String PLAYBACK_SCRIPT = """
            const done = arguments[arguments.length - 1];
            const work = [];
            const frames = [];
            document.getElementById('speed').value = 'month';
            document.getElementById('speed').dispatchEvent(new Event('change'));
            document.getElementById('window-length').value = '30';
            document.getElementById('window-length').dispatchEvent(new Event('change'));
            const onRendered = (e) => work.push(e.detail.ms);
            document.addEventListener('maydan:rendered', onRendered);
            let last = null;
            let running = true;
            const frame = (t) => { if (last !== null) frames.push(t - last); last = t; if (running) requestAnimationFrame(frame); };
            requestAnimationFrame(frame);
            document.getElementById('play').click();
            setTimeout(() => {
              document.getElementById('play').click();
              running = false;
              document.removeEventListener('maydan:rendered', onRendered);
              done({work, frames});
            }, arguments[0]);""";

    private static List<Number> times(JavascriptExecutor js, String action, int count) {
        @SuppressWarnings("unchecked")
        List<Number> times = (List<Number>) js.executeAsyncScript(TIMED_SCRIPT, action, count);
        return times;
    }

    private static ObjectNode stats(List<Number> values) {
        double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        ObjectNode node = new ObjectMapper().createObjectNode().put("n", sorted.length);
        if (sorted.length == 0) {
            return node;
        }
        return node.put("median", round(sorted[sorted.length / 2]))
                .put("p95", round(sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)]))
                .put("max", round(sorted[sorted.length - 1]));
    }

    private static double megabytes(Object bytes) {
        return Math.round(((Number) bytes).doubleValue() / 1e5) / 10.0;
    }

    private static double round(double ms) {
        return Math.round(ms * 10) / 10.0;
    }

    private static Map<String, String> options(String[] args) {
        List<String> list = new ArrayList<>(Arrays.asList(args));
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < list.size(); i += 2) {
            if (!list.get(i).startsWith("--")) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "usage: MapBenchmark [--events N] [--json FILE]; got %s", list));
            }
            options.put(list.get(i), list.get(i + 1));
        }
        return options;
    }
}
