package org.maydan.gazetteer.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maydan.gazetteer.testing.SharedTestData;

/**
 * The shipped OCHA files are exactly what {@link OchaDerivation} makes of the shared source tables.
 * With {@code -Dmaydan.data.write=true} the test rewrites them instead.
 */
class OchaDerivationTest {

    /** The shipped data folder, from the gazetteer module's directory. */
    static final Path SHIPPED = Path.of("src/main/resources/org/maydan/gazetteer/data");

    @Test
    void theShippedFilesAreTheDerivationOfTheSharedSources(@TempDir Path tmp) throws IOException {
        Path sources = SharedTestData.require("data/gazetteer");
        Path out = Boolean.getBoolean("maydan.data.write") ? SHIPPED : tmp;
        OchaDerivation.derive(sources, out);
        for (String file : OchaDerivation.OUTPUTS) {
            assertThat(Files.readString(SHIPPED.resolve(file))).as(file)
                    .isEqualTo(Files.readString(out.resolve(file)));
        }
    }
}
