package org.maydan.gazetteer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.maydan.gazetteer.Geoparser.Analysed;
import org.maydan.gazetteer.match.Lexicon;
import org.maydan.gazetteer.match.MentionFilter.Rejection;

/**
 * Evidence harness: over articles JSONL ({@code {"id","text",...}}, e.g. the unlabeled corpus), how
 * often each gazetteer name the scanner finds stands without a strong cue, split by whether the
 * derived lexicon calls it an ordinary word. Prints totals, then the most frequent names with their
 * counts: a check of the word list and of the cue rules on text they were not written from. Reads
 * the corpus in place and prints only counts and names, never text.
 *
 * <pre>
 * java -cp ... org.maydan.gazetteer.CueEvidence ARTICLES.jsonl [TOP]
 * </pre>
 */
public final class CueEvidence {

    private static final int DEFAULT_TOP = 40;

    private CueEvidence() {
    }

    /** Counts of one name: found, without a strong cue, kept as a place. */
    private static final class Counts {
        int found;
        int noStrongCue;
        int kept;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: CueEvidence ARTICLES.jsonl [TOP]");
            System.exit(2);
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_TOP;
        Geoparser geoparser = new Geoparser(Gazetteer.load(GazetteerConfig.defaults()));
        Lexicon lexicon = Lexicon.shipped();
        ObjectMapper json = new ObjectMapper();
        Map<String, Counts> words = new HashMap<>();
        Map<String, Counts> others = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            for (Analysed a : geoparser.analyse(json.readTree(line).path("text").asText())) {
                Rejection why = a.verdict().rejection();
                if (why == Rejection.FUNCTION_WORD || why == Rejection.DATELINE || why == Rejection.TIMESTAMP) {
                    continue;
                }
                String name = a.match().name();
                boolean word = lexicon.isCommonWord(name) || lexicon.isGivenName(name);
                Counts c = (word ? words : others).computeIfAbsent(name, k -> new Counts());
                c.found++;
                if (!a.verdict().cue().isStrong()) {
                    c.noStrongCue++;
                }
                if (a.toponym() != null) {
                    c.kept++;
                }
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        print(out, "names that are ordinary words or given names", words, top);
        print(out, "other names", others, top);
    }

    private static void print(PrintStream out, String title, Map<String, Counts> counts, int top) {
        int found = 0;
        int bare = 0;
        int kept = 0;
        for (Counts c : counts.values()) {
            found += c.found;
            bare += c.noStrongCue;
            kept += c.kept;
        }
        out.printf("%s: %d distinct, %d found, %d (%.0f%%) without a strong cue, %d kept as places%n", title,
                counts.size(), found, bare, 100.0 * bare / Math.max(1, found), kept);
        List<Map.Entry<String, Counts>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort((a, b) -> Integer.compare(b.getValue().found, a.getValue().found));
        for (Map.Entry<String, Counts> e : sorted.subList(0, Math.min(top, sorted.size()))) {
            Counts c = e.getValue();
            out.printf("  %-20s found %3d  without strong cue %3d  kept %3d%n", e.getKey(), c.found, c.noStrongCue,
                    c.kept);
        }
    }
}
