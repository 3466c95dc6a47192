package org.maydan.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL cluster of the test's own, in a temporary folder on a free port, made with the
 * installed {@code initdb} and {@code pg_ctl}: tests may stop and start it, and create databases,
 * which the shared test database's owner may not. PostgreSQL refuses to run as root, so under root
 * (as in CI) the cluster runs as the {@code postgres} user through {@code runuser}. Without the
 * binaries the test is skipped loudly outside CI and fails in CI.
 */
public final class ThrowawayPostgres implements AutoCloseable {

    /** The cluster's superuser, trusted on the loopback address. */
    public static final String USER = "maydan";
    private static final Path INSTALL = Path.of("/usr/lib/postgresql");
    private static final String SERVICE_USER = "postgres";
    private static final long START_SECONDS = 60;

    private final Path bin;
    private final Path root;
    private final Path data;
    private final int port;
    private final boolean asServiceUser;

    private ThrowawayPostgres(Path bin, Path root, int port, boolean asServiceUser) {
        this.bin = bin;
        this.root = root;
        this.data = root.resolve("data");
        this.port = port;
        this.asServiceUser = asServiceUser;
    }

    /** A new cluster, started; skips (or fails in CI) when PostgreSQL with PostGIS is not installed. */
    public static ThrowawayPostgres start() throws IOException, InterruptedException {
        Optional<Path> bin = binaries();
        if (bin.isEmpty()) {
            String why = "no PostgreSQL with PostGIS under " + INSTALL + " (initdb, pg_ctl): the throwaway-cluster"
                    + " tests cannot run. .ci/run installs postgresql-15-postgis-3.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(why);
            }
            System.err.println("\n*** SKIPPED: " + why + " ***\n");
            Assumptions.abort(why);
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("maydan-pg-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        ThrowawayPostgres cluster = new ThrowawayPostgres(bin.get(), dir, freePort(), root);
        cluster.run("initdb", "-D", cluster.data.toString(), "-U", USER, "--auth=trust", "-E", "UTF8",
                "--locale=C.UTF-8", "--no-sync");
        cluster.startAgain();
        return cluster;
    }

    /** The installed version's binaries whose version has PostGIS, newest first. */
    private static Optional<Path> binaries() throws IOException {
        if (!Files.isDirectory(INSTALL)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(INSTALL)) {
            return versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                    .filter(v -> Files.exists(Path.of("/usr/share/postgresql", v.getFileName().toString(),
                            "extension/postgis.control")))
                    .max(Comparator.comparing(v -> v.getFileName().toString()))
                    .map(v -> v.resolve("bin"));
        }
    }

    public int port() {
        return port;
    }

    /** A JDBC URL of a database of this cluster. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates a database with PostGIS. */
    public void createDatabase(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        try (Connection c = DriverManager.getConnection(url(name), USER, "");
                Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION postgis");
        }
    }

    /** Stops the server (fast shutdown: sessions are ended, as when a database host goes down). */
    public void stop() throws IOException, InterruptedException {
        run("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop");
    }

    /** Starts the stopped server again on the same port. */
    public void startAgain() throws IOException, InterruptedException {
        run("pg_ctl", "-D", data.toString(), "-l", root.resolve("server.log").toString(), "-w",
                "-t", Long.toString(START_SECONDS), "-o",
                "-p " + port + " -k " + root + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    }

    /** Runs one of the cluster's binaries (pg_dump, pg_restore, psql...) and returns its output. */
    public String run(String binary, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asServiceUser) {
            command.addAll(List.of("runuser", "-u", SERVICE_USER, "--"));
        }
        command.add(bin.resolve(binary).toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(START_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    /** A folder the cluster's user may read and write, for dump files. */
    public Path folder() {
        return root;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                stop();
            }
        } finally {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
