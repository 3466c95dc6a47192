package org.maydan.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maydan.cli.Commands;

class ExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<List<Path>> gazetteersSeen = new ArrayList<>();
    private final ExtractCommand command = new ExtractCommand(sources -> {
        gazetteersSeen.add(sources);
        return TestGeoparser.standard();
    });

    @Test
    void writesOneLinePerArticleInTheContract() throws Exception {
        Path in = write("""
                {"id":"a1","text":"قتل ثلاثة مدنيين بغارات جوية على كفرنبل وتلمنس اليوم.","published":"2019-05-19"}
                {"id":"a2","text":"لا شيء هنا.","published":null,"title":"عنوان"}
                """);
        Path predictions = dir.resolve("predictions.jsonl");

        int code = run("--in", in.toString(), "--out", predictions.toString(), "--gazetteer", dir.toString());

        assertThat(code).isZero();
        assertThat(gazetteersSeen).containsExactly(List.of(dir));
        List<String> lines = Files.readAllLines(predictions);
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("id").asText()).isEqualTo("a1");
        assertThat(first.get("places")).hasSize(2);
        JsonNode place = first.get("places").get(0);
        assertThat(place.get("name").asText()).isEqualTo("Kafr Nabl");
        assertThat(place.get("surface").asText()).isEqualTo("كفرنبل");
        assertThat(List.of("name_ar", "kind", "lat", "lon", "ref", "confidence", "start", "end"))
                .allSatisfy(field -> assertThat(place.has(field)).as(field).isTrue());
        JsonNode event = first.get("events").get(0);
        assertThat(event.get("event_type").asText()).isEqualTo("Explosions/Remote violence");
        assertThat(event.get("sub_event_type").asText()).isEqualTo("Air/drone strike");
        assertThat(event.get("place").asText()).isEqualTo("Kafr Nabl");
        assertThat(event.get("date").asText()).isEqualTo("2019-05-19");
        assertThat(event.get("time_precision").asInt()).isEqualTo(1);
        assertThat(event.get("geo_precision").asInt()).isEqualTo(1);
        assertThat(event.get("fatalities").asInt()).isEqualTo(3);
        assertThat(event.get("evidence").asText()).startsWith("قتل ثلاثة");
        assertThat(event.get("date_approximate").asBoolean()).isFalse();
        assertThat(event.get("confidence").asDouble()).isBetween(0.5, 1.0);
        assertThat(event.has("lat") && event.has("lon")).isTrue();
        assertThat(first.get("events")).hasSize(2);
        assertThat(JSON.readTree(lines.get(1)).get("events")).isEmpty();
    }

    @Test
    void reportsAMalformedLineAndCarriesOn() throws Exception {
        Path in = write("""
                {"id":"a1","text":"قصفت المدفعية سراقب.","published":"2019-05-19"}
                {"id":"a2","text":
                {"id":"a3","published":"2019-05-19"}
                {"id":"a4","text":"قصفت المدفعية أريحا.","published":"19/05/2019"}
                {"id":"a5","text":"قصفت المدفعية أريحا.","published":"2019-05-19"}
                """);

        int code = run("--in", in.toString());

        assertThat(code).isEqualTo(1);
        List<JsonNode> lines = outputLines();
        assertThat(lines).extracting(l -> l.get("id").isNull() ? null : l.get("id").asText())
                .containsExactly("a1", null, "a3", "a4", "a5");
        assertThat(lines.get(1).get("error").asText()).contains("line 2");
        assertThat(lines.get(2).get("error").asText()).contains("text");
        assertThat(lines.get(3).get("error").asText()).contains("published");
        assertThat(lines.get(4).has("error")).isFalse();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 2").contains("line 3").contains("line 4");
    }

    @Test
    void aMissingInputIsAUsageError() throws Exception {
        int code = run("--in", dir.resolve("absent.jsonl").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read input file");
    }

    @Test
    void helpNamesEveryOptionWithItsFormat() {
        int code = run("--help");

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--in=FILE.jsonl|-", "--out=FILE.jsonl|-",
                "--gazetteer=DIR_OR_FILE", "\"published\"", "Exit codes");
        assertThat(gazetteersSeen).isEmpty();
    }

    @Test
    void isRegisteredWithTheCommandLine() {
        assertThat(new Commands().has("extract")).isTrue();
    }

    private int run(String... args) {
        return Commands.run(command, args, print(out), print(err));
    }

    private List<JsonNode> outputLines() throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    private Path write(String content) throws Exception {
        Path in = dir.resolve("articles.jsonl");
        Files.writeString(in, content);
        return in;
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
