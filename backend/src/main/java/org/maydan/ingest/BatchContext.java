package org.maydan.ingest;

import java.util.ArrayList;
import java.util.List;
import org.maydan.MaydanApplication;
import org.maydan.cli.UsageException;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring context of a batch command: the configured store, migrated, without a web server or
 * sample data, with quiet logs so that the command's own output stays readable.
 */
final class BatchContext {

    /** The help text of the settings every batch command passes on to Spring. */
    static final String SETTINGS_HELP =
            "Application settings (README, application.yml) go as --key=value, e.g. --maydan.store=postgis.";

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

    /**
     * The arguments a batch command did not recognise, checked to be {@code --key=value} settings
     * for Spring (picocli collects them; anything else is bad usage).
     *
     * @throws UsageException naming the first argument that is not a setting
     */
    static List<String> settings(List<String> unmatched) {
        for (String arg : unmatched) {
            if (!(arg.startsWith("--") && arg.contains("="))) {
                throw new UsageException((arg.startsWith("-") ? "unknown option '" : "unexpected argument '") + arg
                        + "'");
            }
        }
        return List.copyOf(unmatched);
    }
}
