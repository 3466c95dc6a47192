package org.maydan.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceNamesTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
        "إدلب,            ادلب,             true",
        "حماة,            حماه,             true",
        "وبكفرنبل,        كفرنبل,           true",
        "#الكبانة,        الكبانة,          true",
        "مَعَرّة النعمان,  معرة النعمان,     true",
        "Kafr Nabl,       kafr-nabl,        true",
        "كفرنبل,          كفرنبودة,         false",
        "بنش,             نش,               false",
        "'',              '',               false",
    })
    void namesAreComparedAfterLightNormalisation(String a, String b, boolean same) {
        assertThat(PlaceNames.same(a, b)).isEqualTo(same);
    }
}
