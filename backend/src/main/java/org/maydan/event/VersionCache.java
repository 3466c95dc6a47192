package org.maydan.event;

import java.time.Duration;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The store's change version kept in this process for {@code maydan.events.version-cache}, so that
 * small reads do not pay a second query for their {@code ETag}. Writes through this instance's
 * event store forget it when they commit. A write by another instance sharing the store, or an
 * article stored without events, is seen at most one time-to-live later: until then a client
 * revalidating with the previous tag may get {@code 304} for the previous answer. Data read in that
 * time are always current; only the tag may be older. A zero time-to-live reads the version for
 * every request.
 */
final class VersionCache {

    private final long ttlNanos;
    private final Supplier<StoreVersion> read;
    private volatile @Nullable Cached cached;

    private record Cached(StoreVersion version, long readAtNanos) {}

    VersionCache(Duration ttl, Supplier<StoreVersion> read) {
        this.ttlNanos = ttl.toNanos();
        this.read = read;
    }

    StoreVersion get() {
        if (ttlNanos <= 0) {
            return read.get();
        }
        long now = System.nanoTime();
        Cached held = cached;
        if (held != null && now - held.readAtNanos() < ttlNanos) {
            return held.version();
        }
        StoreVersion version = read.get();
        cached = new Cached(version, now);
        return version;
    }

    /** Forgets the version when the current transaction ends (at once outside one). */
    void forgetAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cached = null;
                }
            });
        } else {
            cached = null;
        }
    }
}
