package org.maydan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CopyTextTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "كفر نبل         | كفر نبل",
        "`a\tb`          | a\\tb",
        "`one\ntwo`      | one\\ntwo",
        "`cr\rhere`      | cr\\rhere",
        "back\\slash     | back\\\\slash",
        "``              | ``",
    })
    void escapesWhatCopyTextFormatGivesMeaningTo(String value, String encoded) {
        assertThat(CopyText.field(value)).isEqualTo(encoded);
    }

    @Test
    void nullIsBackslashN() {
        assertThat(CopyText.field(null)).isEqualTo("\\N");
    }

    @Test
    void pointsAreExtendedWktInWgs84LongitudeFirst() {
        assertThat(CopyText.ewktPoint(36.49, 35.43)).isEqualTo("SRID=4326;POINT(36.49 35.43)");
    }
}
