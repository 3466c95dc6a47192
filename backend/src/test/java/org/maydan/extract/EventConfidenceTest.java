package org.maydan.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An event's confidence is the product of its place's, its trigger's, its role's and its date's factors. */
class EventConfidenceTest {

    private static final LocalDate SUNDAY = LocalDate.parse("2019-05-19");

    @ParameterizedTest(name = "place {0}, trigger {1}, role {2}, date {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            1.0  | 1.0 | 1.0  | written  | 1.0
            0.95 | 1.0 | 1.0  | written  | 0.95
            1.0  | 0.9 | 1.0  | inferred | 0.81
            1.0  | 1.0 | 0.75 | open     | 0.563
            0.85 | 0.6 | 0.9  | open     | 0.344
            1.2  | 1.0 | 1.0  | written  | 1.0
            """)
    void multipliesItsFactors(double place, double trigger, double role, String date, double expected) {
        PlaceMention mention = new PlaceMention(new ExtractedPlace(0, 5, "سراقب", "test:saraqib", "Saraqib", "سراقب",
                "city", 35.86, 36.8, "Idlib", place, 1), 0, 1);
        EventDate when = switch (date) {
            case "written" -> new EventDate(SUNDAY, 1, true);
            case "inferred" -> new EventDate(SUNDAY, 1, false);
            default -> EventDate.latest(SUNDAY, 2);
        };

        assertThat(EventConfidence.of(mention, trigger, role, when)).isEqualTo(expected);
    }
}
