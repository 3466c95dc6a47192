package org.maydan.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may write through the API ({@code maydan.write.*}): named API keys. A write presents one
 * key; the article it adds records that key's name. Keys come from any of three places, all
 * together; with none, every write is refused.
 *
 * @param apiKey a single key, named {@value ApiKeys#DEFAULT_NAME}; set it through the environment variable
 *        {@code MAYDAN_API_KEY}, never in a committed file
 * @param keys keys by name, e.g. {@code maydan.write.keys.desk-a=...}
 * @param keyFile a file of {@code name=key} lines (not {@code keys-file}: the environment variable
 *        {@code MAYDAN_WRITE_KEYS_FILE} would also bind as a key named "file" of {@code keys}) ({@code #} starts a comment), read again when it
 *        changes: adding or removing a line grants or revokes a key without a restart
 * @param keyFileCheck how often at most the file's modification time is looked at
 */
@ConfigurationProperties("maydan.write")
public record WriteAccessProperties(
        @Nullable String apiKey,
        @DefaultValue Map<String, String> keys,
        @Nullable Path keyFile,
        @DefaultValue("2s") Duration keyFileCheck) {

    @ConstructorBinding
    public WriteAccessProperties {
    }

    /** Only the single key. */
    public WriteAccessProperties(@Nullable String apiKey) {
        this(apiKey, Map.of(), null, Duration.ofSeconds(2));
    }
}
