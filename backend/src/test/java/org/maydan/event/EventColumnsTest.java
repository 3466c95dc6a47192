package org.maydan.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Coordinates in the map's columns: five decimals, written as the shortest JSON number. */
class EventColumnsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            3649084,    36.49084
            3586111,    35.86111
            3500000,    35
            3550000,    35.5
            3500001,    35.00001
            0,          0
            -100000,    -1
            -3649080,   -36.4908
            -5,         -0.00005
            18000000,   180
            """)
    void aScaledCoordinateIsWrittenWithoutTrailingZeros(int scaled, String written) {
        char[] into = new char[24];

        int length = EventColumns.decimal(scaled, into);

        assertThat(new String(into, 0, length)).isEqualTo(written);
    }
}
