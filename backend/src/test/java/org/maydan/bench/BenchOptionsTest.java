package org.maydan.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maydan.cli.UsageException;

class BenchOptionsTest {

    @Test
    void onlyTheJdbcUrlIsRequired() {
        BenchOptions options = BenchOptions.parse(List.of("--jdbc", "jdbc:postgresql:bench"));

        assertThat(options.events()).isEqualTo(1_000_000);
        assertThat(options.seed()).isEqualTo(42);
        assertThat(options.runs()).isEqualTo(30);
        assertThat(options.places()).as("the shipped communities").isNull();
        assertThat(options.api()).isNull();
        assertThat(options.load()).isTrue();
        assertThat(options.cluster()).isTrue();
    }

    @Test
    void readsEveryOption() {
        BenchOptions options = BenchOptions.parse(List.of("--jdbc", "jdbc:x", "--user", "u", "--password", "p",
                "--events", "1_000", "--places", "other.csv", "--seed", "-7", "--api", "http://localhost:8097",
                "--runs", "5", "--load", "false", "--cluster", "false"));

        assertThat(options).isEqualTo(new BenchOptions("jdbc:x", "u", "p", 1000, Path.of("other.csv"), -7,
                "http://localhost:8097", 5, false, false));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "--events 10                        | --jdbc is required",
        "--jdbc x --events many             | whole number",
        "--jdbc x --events 0                | between 1 and",
        "--jdbc x --runs 100000             | between 1 and 10000",
        "--jdbc x --verbose yes             | unknown option '--verbose'",
        "--jdbc                             | needs a value",
    })
    void badUsageIsReportedClearly(String args, String message) {
        assertThatThrownBy(() -> BenchOptions.parse(List.of(args.split(" "))))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining(message);
    }
}
