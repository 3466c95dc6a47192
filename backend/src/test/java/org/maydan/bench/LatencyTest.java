package org.maydan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatencyTest {

    @ParameterizedTest(name = "{0} -> p50 {1}, p95 {2}")
    @CsvSource(delimiter = '|', value = {
        "5                    | 5 | 5",
        "3 1 2                | 2 | 3",
        "1 2 3 4 5 6 7 8 9 10 | 5 | 10",
        "10 9 8 7 6 5 4 3 2 1 1 1 1 1 1 1 1 1 1 100 | 1 | 10",
    })
    void percentilesAreNearestRank(String timings, double p50, double p95) {
        double[] millis = Arrays.stream(timings.split(" ")).mapToDouble(Double::parseDouble).toArray();

        Latency latency = Latency.of(millis);

        assertThat(latency.p50()).isEqualTo(p50);
        assertThat(latency.p95()).isEqualTo(p95);
    }

    @ParameterizedTest(name = "API {0} over SQL {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "20 40 60   | 10 20 30   | 2",
        "11 30 100  | 10 10 10   | 3",
        "15 60 12   | 10 40 4    | 1.5",
    })
    void thePairedRatioIsTheMedianOfEachApiRunOverItsSqlRun(String api, String sql, double ratio) {
        assertThat(ReadTimings.pairedRatio(numbers(api), numbers(sql))).isEqualTo(ratio);
    }

    private static double[] numbers(String text) {
        return Arrays.stream(text.split(" ")).mapToDouble(Double::parseDouble).toArray();
    }
}
