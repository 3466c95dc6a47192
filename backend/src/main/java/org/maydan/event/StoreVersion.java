package org.maydan.event;

import java.time.Instant;

/**
 * The store's change version: a number every committed write to articles, events or evidence
 * advances, on every instance sharing the store, and the time of that write. Whatever is computed
 * from the store (an HTTP answer, a tile, an export) is current as long as the version is the same.
 *
 * @param version advanced by every write; never goes back on one store
 * @param changedAt when the last write happened
 */
public record StoreVersion(long version, Instant changedAt) {

    /**
     * An opaque strong entity tag for answers computed from this version, unique across stores
     * and restores: the version with the time of its write.
     */
    public String etag() {
        return "\"" + Long.toString(version, Character.MAX_RADIX) + "-"
                + Long.toString(changedAt.toEpochMilli(), Character.MAX_RADIX) + "\"";
    }
}
