package org.maydan.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maydan.cli.Commands;
import org.maydan.gazetteer.AdminBoundaries;
import org.maydan.gazetteer.testing.SharedTestData;

class EvaluateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOLD_LINE = """
            {"id":"t1","places":[{"surface":"كفرنبل","name":"Kafr Nabl","kind":"town","lat":35.6136,"lon":36.5611,\
            "ref":null}],"events":[{"sub_event_type":"Air/drone strike","place":"كفرنبل","date":"2019-05-19"}]}""";
    private static final List<String> SCORES = List.of("places", "events", "events_any_date", "events_any_type");

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void theDevGoldScoredAgainstItselfAsPredictionsScoresOneEverywhere() throws IOException {
        Path gold = SharedTestData.require("eval/dev/articles.jsonl");
        Path predictions = tmp.resolve("pred.jsonl");
        Files.write(predictions, asPredictions(gold));
        Path json = tmp.resolve("scores.json");

        int exit = run("evaluate", "--gold", gold.toString(), "--pred", predictions.toString(), "--json",
                json.toString());

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode scores = JSON.readTree(json.toFile());
        assertThat(scores.path("articles_scored").asInt()).isEqualTo(15);
        for (String score : SCORES) {
            assertThat(scores.path(score).path("tp").asInt()).as(score).isPositive();
            for (String measure : List.of("precision", "recall", "f1")) {
                assertThat(scores.path(score).path(measure).asDouble()).as(score + " " + measure).isEqualTo(1.0);
            }
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("missed (false negatives): 0",
                "wrong (false positives): 0");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not JSON                 | {\"id\":\"t1\",                                   | pred.jsonl:2: not JSON",
        "no id                    | {\"places\":[]}                                    | pred.jsonl:2: missing or non-text 'id'",
        "half a coordinate        | {\"id\":\"t2\",\"places\":[{\"lat\":35.1}]}        | pred.jsonl:2: 'lat' and 'lon'",
        "bad date                 | {\"id\":\"t2\",\"events\":[{\"sub_event_type\":\"Attack\",\"date\":\"19/05/2019\"}]} | pred.jsonl:2: date '19/05/2019'",
        "duplicate id             | {\"id\":\"t1\"}                                    | pred.jsonl:2: duplicate id 't1'",
    })
    void malformedPredictionsAreRejectedNamingFileAndLineWithExitCode2(String description, String badLine,
            String message) throws IOException {
        Path gold = write("gold.jsonl", GOLD_LINE);
        Path predictions = write("pred.jsonl", "{\"id\":\"t1\",\"places\":[],\"events\":[]}\n" + badLine);

        int exit = run("evaluate", "--gold", gold.toString(), "--pred", predictions.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no --pred       | --gold, gold.jsonl                      | Missing required option: '--pred=PREDICTIONS.jsonl'",
        "unknown option  | --gold, gold.jsonl, --pred, gold.jsonl, --fast, yes | Unknown options: '--fast'",
        "missing file    | --gold, gold.jsonl, --pred, nowhere.jsonl | no such file",
    })
    void badUsageExitsWith2(String description, String args, String message) throws IOException {
        write("gold.jsonl", GOLD_LINE);
        List<String> argv = new ArrayList<>(List.of("evaluate"));
        for (String arg : args.split(",")) {
            String a = arg.strip();
            argv.add(a.endsWith(".jsonl") ? tmp.resolve(a).toString() : a);
        }

        assertThat(run(argv.toArray(String[]::new))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(message);
    }

    @Test
    void anEmptyPredictionsFileScoresZeroRecallAndListsEveryGoldItemAsMissed() throws IOException {
        Path gold = write("gold.jsonl", GOLD_LINE);
        Path predictions = write("pred.jsonl", "");

        int exit = run("evaluate", "--gold", gold.toString(), "--pred", predictions.toString(), "--boundaries",
                Fixtures.boundariesDir().toString());

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isZero();
        assertThat(report).contains("places, missed (false negatives): 1", "events, missed (false negatives): 1",
                "كفرنبل (Kafr Nabl, town)");
        assertThat(report).containsPattern("places\\s+-\\s+0\\.000\\s+0\\.000\\s+0\\s+0\\s+1");
    }

    @Test
    void byDefaultGovernoratesAreScoredByTheShippedBoundaries() throws IOException {
        Path gold = write("gold.jsonl", GOLD_LINE);

        int exit = run("evaluate", "--gold", gold.toString(), "--pred", gold.toString());

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("boundaries: " + AdminBoundaries.shipped().source());
    }

    @Test
    void boundariesFromAFolderWithoutAnyAreABadUsage() throws IOException {
        Path gold = write("gold.jsonl", GOLD_LINE);

        int exit = run("evaluate", "--gold", gold.toString(), "--pred", gold.toString(), "--boundaries", tmp.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no admin boundaries");
    }

    private int run(String... args) {
        return new Commands().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(tmp.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** Gold lines rewritten to the prediction contract: events carry their gold place's lat/lon. */
    private static List<String> asPredictions(Path gold) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            JsonNode article = JSON.readTree(line);
            ObjectNode prediction = JSON.createObjectNode().put("id", article.path("id").asText());
            ArrayNode places = prediction.putArray("places");
            for (JsonNode p : article.path("places")) {
                ObjectNode place = places.addObject().put("surface", p.path("surface").asText())
                        .put("name", p.path("name").asText()).put("name_ar", p.path("surface").asText())
                        .put("kind", p.path("kind").asText());
                place.set("lat", p.path("lat"));
                place.set("lon", p.path("lon"));
                place.set("ref", p.path("ref"));
            }
            ArrayNode events = prediction.putArray("events");
            for (JsonNode e : article.path("events")) {
                JsonNode place = placeNamed(article, e.path("place").asText());
                ObjectNode event = events.addObject().put("event_type", "")
                        .put("sub_event_type", e.path("sub_event_type").asText())
                        .put("place", e.path("place").asText());
                event.set("lat", place.path("lat"));
                event.set("lon", place.path("lon"));
                event.set("date", e.path("date"));
            }
            lines.add(JSON.writeValueAsString(prediction));
        }
        return lines;
    }

    private static JsonNode placeNamed(JsonNode article, String name) {
        for (JsonNode p : article.path("places")) {
            if (p.path("surface").asText().equals(name) || p.path("name").asText().equals(name)) {
                return p;
            }
        }
        return JSON.createObjectNode().putNull("lat").putNull("lon");
    }
}
