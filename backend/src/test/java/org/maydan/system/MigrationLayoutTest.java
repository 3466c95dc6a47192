package org.maydan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maydan.MaydanApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The migration layout of {@link Migrations} and {@code application.yml} keeps every database
 * migrated before it valid: each shipped step keeps its version, description and checksum, and an
 * embedded store migrated with the vendor folder alone (the layout before {@code common/}) starts
 * with the application's layout.
 */
class MigrationLayoutTest {

    /** The layout before {@code common/}: {@code spring.flyway.locations: classpath:db/migration/{vendor}}. */
    private static final String OLD_H2_LAYOUT = "classpath:db/migration/h2";
    private static final String H2_USER = "sa";

    /** Checksums as Flyway recorded them in databases migrated with the shipped files. */
    @ParameterizedTest(name = "{0} V{1} {2}")
    @CsvSource({
        "h2,         1, spatial functions,          468008939",
        "h2,         2, articles events evidence, -1472997620",
        "h2,         3, merged sources,           -1937337222",
        "h2,         4, event day count,            650414587",
        "h2,         5, store version,             1512685149",
        "h2,         9, event place period,         282632135",
        "postgresql, 1, spatial functions,        -1600006281",
        "postgresql, 2, articles events evidence, -2011060050",
        "postgresql, 3, merged sources,            -590154865",
        "postgresql, 4, event day count,          -1028674816",
        "postgresql, 5, store version,               63899365",
        "postgresql, 9, event place period,        -903377839",
    })
    void aShippedStepKeepsItsVersionDescriptionAndChecksum(String vendor, String version, String description,
            int checksum) {
        MigrationInfo step = Arrays.stream(resolved(vendor))
                .filter(m -> m.getVersion().getVersion().equals(version)).findFirst().orElseThrow();

        assertThat(step.getDescription()).isEqualTo(description);
        assertThat(step.getChecksum()).isEqualTo(checksum);
    }

    @Test
    void anEmbeddedStoreMigratedWithTheOldLayoutValidatesMigratesAndStartsWithTheNew(@TempDir Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("maydan").toAbsolutePath();
        Flyway.configure().dataSource(url, H2_USER, "").locations(OLD_H2_LAYOUT).load().migrate();

        Flyway now = Flyway.configure().dataSource(url, H2_USER, "").locations(Migrations.locations("h2")).load();
        now.migrate();
        now.validate();

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MaydanApplication.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                .run("--maydan.embedded.url=" + url, "--maydan.sample-data.enabled=false",
                        "--spring.main.log-startup-info=false")) {
            MigrationInfo[] steps = app.getBean(Flyway.class).info().all();
            assertThat(steps).isNotEmpty().allSatisfy(step -> assertThat(step.getState())
                    .as("V%s %s", step.getVersion(), step.getDescription()).isEqualTo(MigrationState.SUCCESS));
            assertThat(steps).hasSameSizeAs(resolved("h2"));
        }
    }

    /** The steps the application's layout resolves for a vendor, read without running any. */
    private static MigrationInfo[] resolved(String vendor) {
        String empty = "jdbc:h2:mem:layout-" + UUID.randomUUID();
        return Flyway.configure().dataSource(empty, H2_USER, "").locations(Migrations.locations(vendor)).load()
                .info().all();
    }
}
