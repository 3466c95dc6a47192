package org.maydan.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sources in the shipped TSV format load, merge with OCHA records and round-trip. */
class LoadingTest {

    private static Path fixture() throws URISyntaxException {
        return resource("fixture-places.tsv");
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(LoadingTest.class.getResource(name).toURI());
    }

    @Test
    void readsTheShippedFormatWithVariantsAndRadius() throws Exception {
        Gazetteer g = Gazetteer.load(GazetteerConfig.onlySources(fixture()));
        Place ghab = g.byId("maydan:ghab-plain").orElseThrow();
        assertThat(ghab.kind()).isEqualTo(PlaceKind.REGION);
        assertThat(ghab.radiusKm()).isEqualTo(20.0);
        assertThat(g.lookup("سهل الغاب")).containsExactly(ghab);
        assertThat(g.search("Kfar Nabouda", 1).get(0).place().id()).isEqualTo("geonames:900001");
    }

    @Test
    void theSameVillageFromGeoNamesAndOchaIsOnePlaceWithAllNames() throws Exception {
        Gazetteer g = Gazetteer.load(GazetteerConfig.onlySources(
                resource("fixture-communities.csv"), fixture()));
        Place merged = g.byId("geonames:900001").orElseThrow();
        assertThat(merged.id()).isEqualTo("pcode:C3209");
        assertThat(merged.names()).extracting(PlaceName::text).contains("Kafranbuda", "كفر نبودة");
        assertThat(merged.population()).isEqualTo(5000L);
        assertThat(g.summary().merged()).isEqualTo(1);
    }

    @Test
    void theShippedDataLoadsAndMergesRowsWithoutPopulation() throws Exception {
        Gazetteer g = ShippedGazetteer.get();
        assertThat(g.places()).hasSizeGreaterThan(10_000);
        Place qalaat = g.byId("pcode:C3207").orElseThrow();
        assertThat(g.byId("geonames:166227")).contains(qalaat);
        assertThat(g.lookup("كفرنبودة")).extracting(Place::id).contains("pcode:C3209");
    }

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource({"حماة, Hama", "إدلب, Idleb", "حلب, Aleppo", "دير الزور, Deir-ez-Zor"})
    void citiesOchaKnowsAreShownByOchasEnglishNameNotGeoNamesTranscription(String arabic, String english) {
        Place city = ShippedGazetteer.get().lookup(arabic).stream().filter(p -> p.kind() == PlaceKind.CITY)
                .findFirst().orElseThrow();
        assertThat(city.id()).startsWith("pcode:C");
        assertThat(city.sameAs()).anyMatch(id -> id.startsWith("geonames:"));
        assertThat(city.nameEn()).isEqualTo(english);
    }

    @Test
    void writtenPlacesReadBackTheSame(@TempDir Path dir) throws Exception {
        Gazetteer g = Gazetteer.load(GazetteerConfig.onlySources(fixture()));
        StringWriter out = new StringWriter();
        g.writeTsv(out);
        Path copy = dir.resolve("copy.tsv");
        Files.writeString(copy, out.toString());
        Gazetteer again = Gazetteer.load(GazetteerConfig.onlySources(copy));
        assertThat(again.places()).isEqualTo(g.places());
    }
}
