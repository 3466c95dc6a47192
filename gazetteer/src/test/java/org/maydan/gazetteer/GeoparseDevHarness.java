package org.maydan.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.maydan.gazetteer.Geoparser.Analysed;
import org.maydan.gazetteer.text.TokenizedText;

/**
 * Dev harness: geoparses articles JSONL ({@code {"id","text",...}}) and writes predictions JSONL
 * with places only, in the extraction contract, for the {@code evaluate} command. With
 * {@code --explain}, prints every scanner match with its verdict to stderr.
 *
 * <pre>
 * java -cp ... org.maydan.gazetteer.GeoparseDevHarness ARTICLES.jsonl OUT.jsonl [--explain] [--no-guess]
 * </pre>
 * Ambiguous names are written with their best guess unless {@code --no-guess}. The gazetteer is the
 * shipped data.
 */
public final class GeoparseDevHarness {

    private GeoparseDevHarness() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GeoparseDevHarness ARTICLES.jsonl OUT.jsonl [--explain] [--no-guess]");
            System.exit(2);
        }
        List<String> flags = List.of(args).subList(2, args.length);
        boolean explain = flags.contains("--explain");
        boolean guess = !flags.contains("--no-guess");
        Gazetteer gazetteer = Gazetteer.load(GazetteerConfig.defaults());
        Geoparser geoparser = new Geoparser(gazetteer);
        ObjectMapper json = new ObjectMapper();
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode article = json.readTree(line);
                String id = article.path("id").asText();
                String text = article.path("text").asText();
                List<Analysed> analysed = geoparser.analyse(text);
                if (explain) {
                    explain(err, id, analysed);
                }
                List<Toponym> toponyms = new ArrayList<>();
                analysed.stream().filter(a -> a.toponym() != null).forEach(a -> toponyms.add(a.toponym()));
                ObjectNode prediction = json.createObjectNode();
                prediction.put("id", id);
                ArrayNode places = prediction.putArray("places");
                for (Toponym t : Geoparser.distinctPlaces(TokenizedText.of(text), toponyms)) {
                    if (t.confidence() < Geoparser.MIN_CONFIDENCE) {
                        continue;
                    }
                    Place p = guess ? t.bestGuess() : t.place();
                    if (p != null) {
                        places.add(place(json, t, p));
                    }
                }
                prediction.putArray("events");
                out.write(json.writeValueAsString(prediction));
                out.newLine();
            }
        }
    }

    private static ObjectNode place(ObjectMapper json, Toponym t, Place p) {
        ObjectNode node = json.createObjectNode();
        node.put("surface", t.surface());
        node.put("name", p.nameEn());
        node.put("name_ar", p.nameAr());
        node.put("kind", t.kind().code());
        node.put("lat", p.lat());
        node.put("lon", p.lon());
        node.put("ref", p.id());
        node.put("confidence", Math.round(t.confidence() * 100) / 100.0);
        node.put("start", t.start());
        node.put("end", t.end());
        return node;
    }

    private static void explain(PrintStream err, String id, List<Analysed> analysed) {
        for (Analysed a : analysed) {
            NameMatch m = a.match();
            Toponym t = a.toponym();
            String verdict = t == null ? "DROP " + a.verdict().rejection()
                    : "KEEP " + t.cue() + " " + t.evidence() + String.format(" %.2f", t.confidence())
                    + " -> " + (t.bestGuess() == null ? "-" : t.bestGuess().nameEn() + " "
                    + t.bestGuess().id() + " " + t.bestGuess().kind().code()) + " (" + t.alternatives().size() + ")";
            err.println(id + "\t" + m.prefix() + "|" + m.surface() + "\t" + verdict);
        }
    }
}
