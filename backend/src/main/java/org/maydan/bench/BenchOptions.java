package org.maydan.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.maydan.cli.UsageException;

/**
 * The parsed arguments of {@code bench-events}; every option is {@code --name value}. {@code places}
 * is null for the communities shipped with the gazetteer.
 */
record BenchOptions(String jdbcUrl, @Nullable String user, @Nullable String password, long events,
        @Nullable Path places, long seed, @Nullable String api, int runs, boolean load, boolean cluster) {

    static final long DEFAULT_EVENTS = 1_000_000;
    static final long MAX_EVENTS = 100_000_000;
    static final long DEFAULT_SEED = 42;
    static final int DEFAULT_RUNS = 30;
    static final int MAX_RUNS = 10_000;
    static final String USAGE = "bench-events --jdbc URL [--user U] [--password P] [--events 1000000]"
            + " [--places CSV] [--seed 42] [--runs 30] [--load true|false] [--cluster true|false] [--api http://localhost:8080]";
    private static final Set<String> NAMES =
            Set.of("jdbc", "user", "password", "events", "places", "seed", "api", "runs", "load", "cluster");

    static BenchOptions parse(List<String> args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String flag = args.get(i);
            String name = flag.startsWith("--") ? flag.substring(2) : "";
            if (!NAMES.contains(name)) {
                throw new UsageException("unknown option '" + flag + "'; usage: " + USAGE);
            }
            if (i + 1 >= args.size()) {
                throw new UsageException(flag + " needs a value");
            }
            given.put(name, args.get(i + 1));
        }
        String jdbc = given.get("jdbc");
        if (jdbc == null) {
            throw new UsageException("--jdbc is required; usage: " + USAGE);
        }
        return new BenchOptions(jdbc, given.get("user"), given.get("password"),
                number(given, "events", DEFAULT_EVENTS, 1, MAX_EVENTS),
                given.containsKey("places") ? Path.of(given.get("places")) : null,
                number(given, "seed", DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE),
                given.get("api"),
                (int) number(given, "runs", DEFAULT_RUNS, 1, MAX_RUNS),
                !"false".equals(given.getOrDefault("load", "true")),
                !"false".equals(given.getOrDefault("cluster", "true")));
    }

    private static long number(Map<String, String> given, String name, long fallback, long min, long max) {
        String text = given.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.replace("_", ""));
            if (value < min || value > max) {
                throw new UsageException("--" + name + " must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, not '" + text + "'");
        }
    }
}
