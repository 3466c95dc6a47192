package org.maydan.evaluate;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.maydan.evaluate.Miss.Kind;
import org.maydan.evaluate.Miss.Layer;

/** Prints an {@link Evaluation} for people: totals, per type, per article, then the misses. */
final class Report {

    private static final String UNDEFINED = "  -  ";
    private static final String ROW = "  %-38s %5s %5s %5s %5d %5d %5d%n";
    private static final String HEADER = "  %-38s %5s %5s %5s %5s %5s %5s%n";

    private Report() {
    }

    static String km(double km) {
        return String.format(Locale.ROOT, "%.1f km", km);
    }

    static String score(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : UNDEFINED;
    }

    static void print(Evaluation evaluation, PrintStream out) {
        out.printf("articles: %d scored; boundaries: %s%n", evaluation.articles().size(), evaluation.boundaries());
        if (!evaluation.unknownIds().isEmpty()) {
            out.println("predictions for ids not in gold (not scored): " + String.join(", ", evaluation.unknownIds()));
        }
        out.println();
        out.printf(HEADER, "", "P", "R", "F1", "TP", "FP", "FN");
        row(out, "places", evaluation.places());
        for (EventRule rule : EventRule.values()) {
            row(out, rule.label(), evaluation.events(rule));
        }
        out.printf("  not scored: %d gold places and %d gold events without coordinates;"
                + " %d predicted places and %d predicted events naming them%n",
                evaluation.excludedGoldPlaces(), evaluation.excludedGoldEvents(), evaluation.neutralPlaces(),
                evaluation.neutralEvents());

        out.println();
        out.println("events by sub_event_type");
        out.printf(HEADER, "", "P", "R", "F1", "TP", "FP", "FN");
        evaluation.eventsByType().forEach((type, counts) -> row(out, type, counts));

        out.println();
        out.println("per article (F1 places, F1 events; TP/FP/FN)");
        for (ArticleScore a : evaluation.articles()) {
            Counts p = a.places();
            Counts e = a.events(EventRule.STRICT);
            out.printf("  %-12s places %s %3d/%d/%d   events %s %3d/%d/%d%n", a.id(), score(p.f1()),
                    p.truePositives(), p.falsePositives(), p.falseNegatives(), score(e.f1()), e.truePositives(),
                    e.falsePositives(), e.falseNegatives());
        }

        List<Miss> misses = evaluation.misses();
        for (Layer layer : Layer.values()) {
            for (Kind kind : Kind.values()) {
                List<Miss> section = misses.stream().filter(m -> m.layer() == layer && m.kind() == kind).toList();
                out.println();
                out.printf("%s, %s: %d%n", layer == Layer.PLACE ? "places" : "events",
                        kind == Kind.FALSE_NEGATIVE ? "missed (false negatives)" : "wrong (false positives)",
                        section.size());
                section.forEach(m -> out.printf("  %-12s %s%n  %-12s   -> %s%n", m.articleId(), m.item(), "",
                        m.reason()));
            }
        }
    }

    private static void row(PrintStream out, String label, Counts c) {
        out.printf(ROW, label, score(c.precision()), score(c.recall()), score(c.f1()), c.truePositives(),
                c.falsePositives(), c.falseNegatives());
    }
}
