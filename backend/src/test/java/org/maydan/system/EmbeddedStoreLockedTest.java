package org.maydan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second server started on an embedded store another process has open stops with a short
 * explanation of what to do, not a stack trace.
 */
class EmbeddedStoreLockedTest {

    private static final long START_SECONDS = 180;

    @TempDir
    Path dir;

    @Test
    void aServerOnALockedStoreSaysSoAndWhatToDoAndExits() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("maydan").toAbsolutePath();
        try (Connection holder = DriverManager.getConnection(url, StoreConfiguration.EMBEDDED_USER, "")) {
            ChildJvm second = ChildJvm.start(dir, "--server.port=0", "--maydan.store=embedded",
                    "--maydan.embedded.url=" + url);

            assertThat(second.process().waitFor(START_SECONDS, TimeUnit.SECONDS)).as("exits").isTrue();
            String output = second.output();

            assertThat(second.process().exitValue()).as(output).isNotZero();
            assertThat(output).contains("APPLICATION FAILED TO START",
                    "The embedded store is in use by another process", "--maydan.embedded.url=");
            assertThat(output).as("no stack trace").doesNotContainPattern("(?m)^\\s+at [a-z]+\\.");
            assertThat(holder.isValid(1)).as("the first process keeps its store").isTrue();
        }
    }
}
