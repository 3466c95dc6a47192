package org.maydan.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one benchmark run, for {@code --json FILE}: named values (numbers, strings or
 * nested sections) in the order they were measured, stamped with what makes runs comparable:
 * the commit of the working directory, the machine's core count, the JVM and the time.
 *
 * <pre>{"benchmark":"bench-gazetteer","commit":"3b783b0","dirty":false,"cores":2,
 *  "java":"17.0.15","started":"2026-12-02T05:00:00Z","figures":{"load_s":1.21,...}}</pre>
 */
public final class BenchmarkReport {

    private static final long GIT_TIMEOUT_SECONDS = 5;
    private static final String UNKNOWN = "unknown";

    private final String benchmark;
    private final Instant started = Instant.now();
    private final Map<String, Object> figures = new LinkedHashMap<>();

    public BenchmarkReport(String benchmark) {
        this.benchmark = benchmark;
    }

    /** Records a figure (a number, a string or a boolean); a later value of the same name wins. */
    public BenchmarkReport put(String name, Object value) {
        figures.put(name, value);
        return this;
    }

    /** A named group of figures inside this report, created on first use. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> section(String name) {
        return (Map<String, Object>) figures.computeIfAbsent(name, k -> new LinkedHashMap<String, Object>());
    }

    /** The recorded figures, for tests. */
    public Map<String, Object> figures() {
        return figures;
    }

    /** Writes the report to {@code file}; does nothing when {@code file} is null. */
    public void writeTo(@Nullable Path file) throws IOException {
        if (file == null) {
            return;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("benchmark", benchmark);
        String commit = git("rev-parse", "--short=12", "HEAD");
        json.put("commit", commit);
        String changes = git("status", "--porcelain", "--untracked-files=no");
        json.put("dirty", !changes.isEmpty() && !UNKNOWN.equals(changes));
        json.put("cores", Runtime.getRuntime().availableProcessors());
        json.put("java", System.getProperty("java.version"));
        json.put("started", started.toString());
        json.put("figures", figures);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
    }

    /** The output of a git command in the working directory, trimmed, or "unknown" without git. */
    private static String git(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            process.getOutputStream().close();
            String text;
            try (InputStream in = process.getInputStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            }
            if (!process.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return UNKNOWN;
            }
            return text;
        } catch (IOException e) {
            return UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return UNKNOWN;
        }
    }
}
