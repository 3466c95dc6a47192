package org.maydan.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The named API keys of {@link WriteAccessProperties}, with the keys file read again whenever its
 * modification time or size changes (looked at no more often than {@code key-file-check}). A
 * missing or unreadable file grants nothing: deleting it revokes its keys.
 *
 * <p>Lookup is constant-time in the key: the SHA-256 digest of the presented key is compared with
 * every stored digest by {@link MessageDigest#isEqual}, without stopping at a match, so neither a
 * key's content, its length nor its position leaks through timing.
 */
public final class ApiKeys {

    /** The name of {@code maydan.write.api-key}. */
    public static final String DEFAULT_NAME = "default";
    /** What a key name may be: it is stored with each article the key adds. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Logger LOG = LoggerFactory.getLogger(ApiKeys.class);

    /** A key by its digest. */
    private record Entry(String name, byte[] digest) {}

    /** The file's keys as last read, and what the file looked like then. */
    private record FileKeys(List<Entry> entries, @Nullable FileTime modified, long size) {}

    private final List<Entry> configured;
    private final @Nullable Path file;
    private final long checkMillis;
    private final Clock clock;
    private volatile FileKeys fromFile = new FileKeys(List.of(), null, -1);
    private volatile Instant nextCheck = Instant.MIN;

    public ApiKeys(WriteAccessProperties properties) {
        this(properties, Clock.systemUTC());
    }

    ApiKeys(WriteAccessProperties properties, Clock clock) {
        List<Entry> entries = new ArrayList<>();
        if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
            entries.add(entry(DEFAULT_NAME, properties.apiKey()));
        }
        properties.keys().forEach((name, key) -> {
            if (key != null && !key.isBlank()) {
                entries.add(entry(checkedName(name, "maydan.write.keys"), key));
            }
        });
        this.configured = List.copyOf(entries);
        this.file = properties.keyFile();
        this.checkMillis = properties.keyFileCheck().toMillis();
        this.clock = clock;
        refresh();
    }

    /** Whether any key may write now. */
    public boolean any() {
        refresh();
        return !configured.isEmpty() || !fromFile.entries().isEmpty();
    }

    /** The name of the key {@code presented}, if it is one. */
    public Optional<String> nameOf(String presented) {
        refresh();
        byte[] digest = digest(presented.strip());
        String match = null;
        for (List<Entry> entries : List.of(configured, fromFile.entries())) {
            for (Entry e : entries) {
                if (MessageDigest.isEqual(e.digest(), digest) && match == null) {
                    match = e.name();
                }
            }
        }
        return Optional.ofNullable(match);
    }

    private void refresh() {
        if (file == null || clock.instant().isBefore(nextCheck)) {
            return;
        }
        synchronized (this) {
            Instant now = clock.instant();
            if (now.isBefore(nextCheck)) {
                return;
            }
            nextCheck = now.plusMillis(checkMillis);
            FileTime modified;
            long size;
            try {
                modified = Files.getLastModifiedTime(file);
                size = Files.size(file);
            } catch (IOException e) {
                if (fromFile.modified() != null || fromFile.size() != -1) {
                    LOG.warn("API keys file {} is gone or unreadable: its keys are revoked", file);
                }
                fromFile = new FileKeys(List.of(), null, -1);
                return;
            }
            if (modified.equals(fromFile.modified()) && size == fromFile.size()) {
                return;
            }
            fromFile = new FileKeys(read(file), modified, size);
            LOG.info("API keys file {} read: {} keys", file, fromFile.entries().size());
        }
    }

    private static List<Entry> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("API keys file {} cannot be read ({}): it grants no key", file, e.getMessage());
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String name = eq < 0 ? "" : line.substring(0, eq).strip();
            String key = eq < 0 ? "" : line.substring(eq + 1).strip();
            if (!NAME.matcher(name).matches() || key.isEmpty()) {
                LOG.warn("API keys file {} line {} is not 'name=key' with a name of letters, digits, '.', '_' or"
                        + " '-': ignored", file, i + 1);
                continue;
            }
            entries.add(entry(name, key));
        }
        return List.copyOf(entries);
    }

    private static String checkedName(String name, String where) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(where + ": key name '" + name + "' must be 1 to 100 letters, digits,"
                    + " '.', '_' or '-'");
        }
        return name;
    }

    private static Entry entry(String name, String key) {
        return new Entry(name, digest(key.strip()));
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
