package org.maydan.tile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maydan.event.TimeWindow;
import org.maydan.system.BadRequestException;
import org.maydan.system.NotFoundException;

/** The small values tiles are made of: tile names, tile keys, projection, scale bar, names, labels. */
class TileValuesTest {

    @ParameterizedTest
    @CsvSource({"12.png, 12, 1, png", "12@2x.png, 12, 2, png", "0.mvt, 0, 1, mvt"})
    void tileFileNamesAreRead(String name, int y, int scale, String format) {
        assertThat(TileFile.parse(name)).isEqualTo(new TileFile(y, scale, format));
    }

    @ParameterizedTest
    @CsvSource({"12.jpg", "x.png", "12", "-1.png", "12@3x.png"})
    void otherNamesAreNoTile(String name) {
        assertThatThrownBy(() -> TileFile.parse(name)).isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @CsvSource({"0, 1, 0", "3, 8, 0", "3, 0, -1", "19, 0, 0"})
    void tilesOutsideTheGridOrTheZoomsAreRefused(int z, int x, int y) {
        assertThatThrownBy(() -> TileKey.of(z, x, y, 18)).isInstanceOf(BadRequestException.class);
    }

    @ParameterizedTest
    @CsvSource({"36.2765, 33.5138", "0, 0", "-122.4, 37.8", "151.2, -33.9"})
    void theProjectionRoundTrips(double lon, double lat) {
        assertThat(WebMercator.lon(WebMercator.x(lon))).isCloseTo(lon, Offset.offset(1e-9));
        assertThat(WebMercator.lat(WebMercator.y(lat))).isCloseTo(lat, Offset.offset(1e-9));
    }

    @Test
    void aTileViewCoversItsTile() {
        MapView view = MapView.of(new TileKey(1, 1, 0), 2);
        assertThat(view.px(0)).isCloseTo(0, Offset.offset(1e-9));
        assertThat(view.px(180)).isCloseTo(256, Offset.offset(1e-9));
        assertThat(view.lonLatBounds(0).getMinY()).isCloseTo(0, Offset.offset(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"1234, 1000", "95, 50", "20, 20", "0.31, 0.2"})
    void theScaleBarUsesRoundDistances(double limit, double nice) {
        assertThat(MapFrame.niceBelow(limit)).isCloseTo(nice, Offset.offset(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"Ḩamāh, Hamah", "Ţarţūs, Tartus", "Al Ḩasakah, Al Hasakah", "Idlib, Idlib"})
    void syrianLatinNamesLoseTheirTransliterationMarks(String geonames, String shown) {
        assertThat(PlaceLabels.plainLatin(geonames)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({"999, 999", "1234, 1.2k", "56789, 56k", "2500000, 2.5M"})
    void clusterCountsAreShort(long n, String text) {
        assertThat(EventPainter.count(n)).isEqualTo(text);
    }

    @Test
    void labelsThatWouldCollideAreDroppedInPriorityOrder() {
        List<LabelCandidate> candidates = List.of(
                new LabelCandidate(100, 100, "Aleppo", "حلب", LabelKind.MAJOR_CITY, 0, 30, 2e6),
                new LabelCandidate(100.5, 100, "Near Aleppo", "قرب حلب", LabelKind.VILLAGE, 0, 30, 0),
                new LabelCandidate(200, 200, "Far away", "بعيد", LabelKind.VILLAGE, 0, 30, 0),
                new LabelCandidate(300, 300, "Too early", "مبكر", LabelKind.VILLAGE, 11, 30, 0));
        LabelPlacer.Projection identity = new LabelPlacer.Projection() {
            @Override
            public double x(double worldX) {
                return worldX;
            }

            @Override
            public double y(double worldY) {
                return worldY;
            }
        };

        List<LabelPlacer.Placed> placed = LabelPlacer.place(candidates, 8, Lang.AR, identity);

        assertThat(placed).extracting(LabelPlacer.Placed::text).containsExactly("حلب", "بعيد");
        assertThat(placed.get(0).box().intersects(placed.get(1).box())).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "          |            | ALL -..-",
            "2019-01-01| 2020-12-31 | YEAR 2019-01-01..2021-01-01",
            "2019-05-01| 2019-05-31 | MONTH 2019-05-01..2019-06-01",
            "2019-05-07| 2019-05-08 | DAYS 2019-05-07..2019-05-09",
            "2019-04-15| 2020-06-20 | MONTH 2019-05-01..2020-06-01, DAYS 2019-04-15..2019-05-01, DAYS 2020-06-01..2020-06-21",
            "2018-03-01| 2021-02-10 | YEAR 2019-01-01..2021-01-01, MONTH 2018-03-01..2019-01-01, MONTH 2021-01-01..2021-02-01, DAYS 2021-02-01..2021-02-11",
            "          | 2019-05-15 | YEAR -..2019-01-01, MONTH 2019-01-01..2019-05-01, DAYS 2019-05-01..2019-05-16",
            "2019-12-31|            | YEAR 2020-01-01..-, DAYS 2019-12-31..2020-01-01"})
    void dateWindowsAreCutIntoYearsMonthsAndDays(String start, String end, String parts) {
        List<String> cut = WindowPart.split(TimeWindow.parse(start, end)).stream()
                .map(p -> (p.period() == null ? "DAYS" : p.period().name()) + " "
                        + (p.from() == null ? "-" : p.from()) + ".." + (p.until() == null ? "-" : p.until()))
                .toList();
        assertThat(cut).containsExactly(parts.split(", "));
    }

    @ParameterizedTest
    @CsvSource({"ar, AR", "EN, EN", "'', EN"})
    void languagesAreArabicOrEnglish(String text, Lang lang) {
        assertThat(Lang.parse(text)).isEqualTo(lang);
    }
}
