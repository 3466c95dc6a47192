package org.maydan.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The version is read once per time-to-live, and forgotten when a local write commits. */
class VersionCacheTest {

    private final AtomicLong reads = new AtomicLong();
    private final AtomicLong stored = new AtomicLong(1);

    private StoreVersion read() {
        reads.incrementAndGet();
        return new StoreVersion(stored.get(), Instant.EPOCH);
    }

    @Test
    void withinItsTimeToLiveTheVersionIsReadOnce() {
        VersionCache cache = new VersionCache(Duration.ofHours(1), this::read);

        cache.get();
        stored.set(2);

        assertThat(cache.get().version()).as("another instance's write, not seen yet").isEqualTo(1);
        assertThat(reads).hasValue(1);
    }

    @Test
    void aLocalWriteIsSeenAsSoonAsItsTransactionEnds() {
        VersionCache cache = new VersionCache(Duration.ofHours(1), this::read);
        cache.get();

        TransactionSynchronizationManager.initSynchronization();
        try {
            cache.forgetAfterCommit();
            stored.set(2);
            assertThat(cache.get().version()).as("not committed yet").isEqualTo(1);
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }

        assertThat(cache.get().version()).isEqualTo(2);
        cache.forgetAfterCommit();
        stored.set(3);
        assertThat(cache.get().version()).as("outside a transaction: forgotten at once").isEqualTo(3);
    }

    @Test
    void aZeroTimeToLiveReadsEveryTime() {
        VersionCache cache = new VersionCache(Duration.ZERO, this::read);

        cache.get();
        cache.get();

        assertThat(reads).hasValue(2);
    }
}
