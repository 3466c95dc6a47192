package org.maydan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Named keys from configuration and from a file that is read again when it changes. */
class ApiKeysTest {

    private static final Duration CHECK = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    private Instant now = Instant.parse("2024-01-01T00:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void theSingleKeyIsNamedDefaultAndNamedKeysAnswerWithTheirNames() {
        ApiKeys keys = new ApiKeys(new WriteAccessProperties("  s3cret-default  ", Map.of("desk-a", "key-of-desk-a"),
                null, CHECK), clock);

        assertThat(keys.any()).isTrue();
        assertThat(keys.nameOf("s3cret-default")).hasValue(ApiKeys.DEFAULT_NAME);
        assertThat(keys.nameOf("key-of-desk-a")).hasValue("desk-a");
        assertThat(keys.nameOf("key-of-desk-b")).isEmpty();
        assertThat(keys.nameOf("")).isEmpty();
    }

    @Test
    void withoutAnyKeyNothingMayWrite() {
        ApiKeys keys = new ApiKeys(new WriteAccessProperties(" ", Map.of(), dir.resolve("absent"), CHECK), clock);

        assertThat(keys.any()).isFalse();
        assertThat(keys.nameOf(" ")).isEmpty();
    }

    @Test
    void aBadKeyNameInConfigurationStopsTheStart() {
        assertThatThrownBy(() -> new ApiKeys(new WriteAccessProperties(null, Map.of("desk a", "k"), null, CHECK), clock))
                .hasMessageContaining("desk a");
    }

    @Test
    void theKeysFileGrantsAndRevokesWithoutARestart() throws Exception {
        Path file = dir.resolve("api-keys");
        write(file, "# desks\ndesk-a = key-a\nnot a line\ndesk-b=key-b\n", 1);
        ApiKeys keys = new ApiKeys(new WriteAccessProperties(null, Map.of(), file, CHECK), clock);

        assertThat(keys.nameOf("key-a")).hasValue("desk-a");
        assertThat(keys.nameOf("key-b")).hasValue("desk-b");

        write(file, "desk-b=key-b\ndesk-c=key-c\n", 2);
        assertThat(keys.nameOf("key-a")).as("not looked at again before the check interval").hasValue("desk-a");
        now = now.plus(CHECK);
        assertThat(keys.nameOf("key-a")).as("revoked").isEmpty();
        assertThat(keys.nameOf("key-c")).as("granted").hasValue("desk-c");

        Files.delete(file);
        now = now.plus(CHECK);
        assertThat(keys.any()).as("a deleted file grants nothing").isFalse();
    }

    private static void write(Path file, String content, int second) throws Exception {
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(second)));
    }
}
