package org.maydan.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ACLED table from sub-event type to event type, as extraction and the API rely on it. */
class SubEventTypeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Air/drone strike                    | Explosions/Remote violence
            Shelling/artillery/missile attack   | Explosions/Remote violence
            Remote explosive/landmine/IED       | Explosions/Remote violence
            Chemical weapon                     | Explosions/Remote violence
            Armed clash                         | Battles
            Government regains territory        | Battles
            Non-state actor overtakes territory | Battles
            Attack                              | Violence against civilians
            Agreement                           | Strategic developments
            Displacement                        | Strategic developments
            Other                               | Strategic developments
            """)
    void eachSubEventTypeBelongsToItsAcledEventType(String label, String eventType) {
        SubEventType type = SubEventType.fromLabel(label).orElseThrow();

        assertThat(type.label()).isEqualTo(label);
        assertThat(type.eventType().label()).isEqualTo(eventType);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            air/drone strike   | Air/drone strike
            ' Armed clash '    | Armed clash
            """)
    void labelsAreReadIgnoringCaseAndSurroundingSpace(String given, String label) {
        assertThat(SubEventType.fromLabel(given)).map(SubEventType::label).contains(label);
    }

    @ParameterizedTest
    @CsvSource({"Airstrike", "Battles", "''"})
    void otherWordsAreNotSubEventTypes(String given) {
        assertThat(SubEventType.fromLabel(given)).isEmpty();
    }
}
