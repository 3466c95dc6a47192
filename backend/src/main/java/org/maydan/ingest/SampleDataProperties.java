package org.maydan.ingest;

import org.jspecify.annotations.Nullable;
import org.maydan.system.StoreKind;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether to load the bundled sample reports into an empty store at start
 * ({@code maydan.sample-data.enabled}). Unset means: yes for the embedded store, no for PostGIS.
 *
 * @param enabled an explicit choice, or {@code null} for the default of the store
 */
@ConfigurationProperties("maydan.sample-data")
public record SampleDataProperties(@Nullable Boolean enabled) {

    /** Whether sample data should be loaded into an empty store of this kind. */
    public boolean enabledFor(StoreKind store) {
        return enabled != null ? enabled : store == StoreKind.EMBEDDED;
    }
}
