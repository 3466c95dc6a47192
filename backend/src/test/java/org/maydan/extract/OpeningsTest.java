package org.maydan.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpeningsTest {

    private static final Openings DATE_LIKE = Openings.of(List.of("امس", "شباط", "اب"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            امس      | true
            شباط     | true
            اب       | true
            ابريل    | true
            امسيه    | true
            قصف      | false
            ا        | false
            غارات    | false
            """)
    void rejectsFormsThatOpenDifferentlyFromEveryWord(String form, boolean admitted) {
        assertThat(DATE_LIKE.admits(form)).isEqualTo(admitted);
    }
}
