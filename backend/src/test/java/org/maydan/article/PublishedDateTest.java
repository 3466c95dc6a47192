package org.maydan.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule for {@code published}: which day an article's "today" is. */
class PublishedDateTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2019-05-06                      | 2019-05-06
            ' 2019-05-06 '                  | 2019-05-06
            2019-05-06T08:30:00+03:00       | 2019-05-06
            2019-05-06T23:30:00Z            | 2019-05-06
            2019-05-06T00:30:00+03:00       | 2019-05-06
            2019-05-06T08:30:00             | 2019-05-06
            2019-05-06T08:30                | 2019-05-06
            2019-05-06T08:30:00+03:00[Asia/Damascus] | 2019-05-06
            """)
    void aDateOrDateTimeGivesItsDayAsWritten(String text, LocalDate day) {
        assertThat(PublishedDate.parse(text)).isEqualTo(day);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", " ", "\t"})
    void blankIsUnknown(String text) {
        assertThat(PublishedDate.parse(text)).isNull();
    }

    @Test
    void nullIsUnknown() {
        assertThat(PublishedDate.parse(null)).isNull();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"06/05/2019", "السادس من أيار", "2019-13-01", "2019-05-06 08:30", "2019-05", "yesterday",
        "2019-05-06T25:00:00"})
    void anythingElseIsRefusedSayingWhatToWrite(String text) {
        assertThatThrownBy(() -> PublishedDate.parse(text)).isInstanceOf(DateTimeException.class)
                .hasMessage("'" + text + "' is not a date: " + PublishedDate.EXPECTED);
    }
}
