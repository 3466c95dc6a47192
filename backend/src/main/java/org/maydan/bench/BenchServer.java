package org.maydan.bench;

import java.util.ArrayList;
import java.util.List;
import org.maydan.MaydanApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application started in the benchmark's own JVM on a free port, over the store just filled:
 * the API timings then need no second process, and an embedded H2 file (which one process holds
 * at a time) can be served and queried alike.
 */
final class BenchServer implements AutoCloseable {

    private final ConfigurableApplicationContext app;

    private BenchServer(ConfigurableApplicationContext app) {
        this.app = app;
    }

    /** Starts the server with these settings ({@code --key=value}) added to quiet defaults. */
    static BenchServer start(List<String> settings) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--maydan.sample-data.enabled=false"));
        args.addAll(settings);
        return new BenchServer(new SpringApplicationBuilder(MaydanApplication.class).logStartupInfo(false)
                .run(args.toArray(String[]::new)));
    }

    String baseUrl() {
        return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    @Override
    public void close() {
        app.close();
    }
}
