package org.maydan.ingest;

import java.util.ArrayList;
import java.util.List;
import org.maydan.MaydanApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring context of a batch command: the configured store, migrated, without a web server or
 * sample data, with quiet logs so that the command's own output stays readable.
 */
final class BatchContext {

    private static final List<String> BATCH_SETTINGS = List.of(
            "--maydan.sample-data.enabled=false",
            "--logging.level.root=WARN",
            // Flyway warns on every start that H2 is newer than it has tested; the run's output is the summary.
            "--logging.level.org.flywaydb=ERROR",
            "--spring.main.log-startup-info=false");

    private BatchContext() {}

    /** Starts the context; {@code settings} are {@code --key=value} overrides, e.g. {@code --maydan.store=postgis}. */
    static ConfigurableApplicationContext start(List<String> settings) {
        List<String> args = new ArrayList<>(BATCH_SETTINGS);
        args.addAll(settings);
        return new SpringApplicationBuilder(MaydanApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .run(args.toArray(String[]::new));
    }

    /** Splits {@code --key=value} settings for Spring from the command's own arguments. */
    static boolean isSetting(String arg) {
        return arg.startsWith("--") && arg.contains("=");
    }
}
