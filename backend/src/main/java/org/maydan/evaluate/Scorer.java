package org.maydan.evaluate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.maydan.evaluate.Miss.Kind;
import org.maydan.evaluate.Miss.Layer;
import org.maydan.evaluate.OneToOneMatcher.Pair;
import org.maydan.gazetteer.AdminBoundaries;
import org.maydan.gazetteer.GeoPoint;

/**
 * Scores predictions against gold, article by article, as {@code shared/eval/README.md} describes.
 *
 * <p>Choices the README leaves open:
 * <ul>
 * <li>Gold places without coordinates are left out. A predicted place that names one of them
 *     ({@link PlaceNames}: surface, name or name_ar against gold surface or name) and names no gold
 *     place with coordinates is neutral: set aside before matching, counted in neither P nor R.</li>
 * <li>Gold events whose place has no coordinates (or names no gold place) are left out the same
 *     way; a predicted event whose {@code place} names such a place is neutral.</li>
 * <li>A predicted event is located by its own lat/lon, else by the predicted place its
 *     {@code place} names. A predicted place or event with no position can match nothing: it is a
 *     false positive unless neutral.</li>
 * <li>Matching is one-to-one and maximal ({@link OneToOneMatcher}), nearest pairs first.</li>
 * </ul>
 */
public final class Scorer {

    private final AdminBoundaries boundaries;

    public Scorer(AdminBoundaries boundaries) {
        this.boundaries = boundaries;
    }

    /** Scores every gold article; a gold id missing from the predictions counts as predicting nothing. */
    public Evaluation evaluate(List<GoldArticle> gold, List<Prediction> predictions) {
        Map<String, Prediction> byId = predictions.stream()
                .collect(Collectors.toMap(Prediction::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Set<String> goldIds = new HashSet<>();
        List<ArticleScore> scores = new ArrayList<>();
        for (GoldArticle article : gold) {
            goldIds.add(article.id());
            scores.add(score(article, byId.getOrDefault(article.id(), Prediction.empty(article.id()))));
        }
        List<String> unknown = byId.keySet().stream().filter(id -> !goldIds.contains(id)).toList();
        return new Evaluation(scores, unknown, boundaries.source());
    }

    public ArticleScore score(GoldArticle gold, Prediction prediction) {
        List<Miss> misses = new ArrayList<>();
        GoldNames goldNames = new GoldNames(gold);

        List<GoldPlace> goldPlaces = gold.places().stream().filter(GoldPlace::hasPoint).toList();
        List<PredictedPlace> predictedPlaces = prediction.places().stream()
                .filter(p -> !goldNames.onlyUnlocated(p.names())).toList();
        Counts places = scorePlaces(gold.id(), goldPlaces, predictedPlaces, misses);

        List<LocatedGoldEvent> goldEvents = new ArrayList<>();
        for (GoldEvent e : gold.events()) {
            gold.place(e.place()).filter(GoldPlace::hasPoint).ifPresent(p -> goldEvents.add(new LocatedGoldEvent(e, p)));
        }
        List<PredictedEvent> predictedEvents = prediction.events().stream()
                .filter(e -> !goldNames.onlyUnlocated(List.of(e.place()))).toList();
        Map<EventRule, Counts> events = new EnumMap<>(EventRule.class);
        SortedMap<String, Counts> byType = new TreeMap<>();
        for (EventRule rule : EventRule.values()) {
            List<Pair> matched = matchEvents(rule, goldEvents, predictedEvents);
            events.put(rule, counts(matched, goldEvents.size(), predictedEvents.size()));
            if (rule == EventRule.STRICT) {
                tallyByType(matched, goldEvents, predictedEvents, byType);
                eventMisses(gold.id(), matched, goldEvents, predictedEvents, misses);
            }
        }
        return new ArticleScore(gold.id(), places, prediction.places().size() - predictedPlaces.size(),
                gold.places().size() - goldPlaces.size(), events, byType,
                prediction.events().size() - predictedEvents.size(), gold.events().size() - goldEvents.size(),
                misses);
    }

    private Counts scorePlaces(String id, List<GoldPlace> gold, List<PredictedPlace> predicted, List<Miss> misses) {
        List<Pair> admissible = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                GeoPoint point = predicted.get(p).point();
                if (point != null && gold.get(g).covers(point, boundaries)) {
                    admissible.add(new Pair(g, p, distance(gold.get(g), point)));
                }
            }
        }
        List<Pair> matched = OneToOneMatcher.match(admissible, gold.size(), predicted.size());
        Set<Integer> matchedGold = matched.stream().map(Pair::gold).collect(Collectors.toSet());
        Set<Integer> matchedPredicted = matched.stream().map(Pair::predicted).collect(Collectors.toSet());
        for (int g = 0; g < gold.size(); g++) {
            if (!matchedGold.contains(g)) {
                misses.add(new Miss(id, Layer.PLACE, Kind.FALSE_NEGATIVE, gold.get(g).label(),
                        nearestPrediction(gold.get(g), predicted)));
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!matchedPredicted.contains(p)) {
                misses.add(new Miss(id, Layer.PLACE, Kind.FALSE_POSITIVE, predicted.get(p).label(),
                        nearestGold(predicted.get(p), gold)));
            }
        }
        return counts(matched, gold.size(), predicted.size());
    }

    private String nearestPrediction(GoldPlace gold, List<PredictedPlace> predicted) {
        GeoPoint goldPoint = Objects.requireNonNull(gold.point());
        return predicted.stream().filter(p -> p.point() != null)
                .min(Comparator.comparingDouble(p -> goldPoint.distanceKm(Objects.requireNonNull(p.point()))))
                .map(p -> "nearest prediction " + p.label() + " at "
                        + Report.km(goldPoint.distanceKm(Objects.requireNonNull(p.point())))
                        + verdict(gold, Objects.requireNonNull(p.point())))
                .orElse("no predicted place with coordinates");
    }

    private String nearestGold(PredictedPlace predicted, List<GoldPlace> gold) {
        GeoPoint point = predicted.point();
        if (point == null) {
            return "no coordinates";
        }
        return gold.stream().min(Comparator.comparingDouble(g -> distance(g, point)))
                .map(g -> "nearest gold " + g.label() + " at " + Report.km(distance(g, point)) + verdict(g, point))
                .orElse("no gold place with coordinates");
    }

    private String verdict(GoldPlace gold, GeoPoint candidate) {
        return gold.covers(candidate, boundaries)
                ? ", taken by another match"
                : ", outside " + gold.toleranceText(boundaries);
    }

    private List<Pair> matchEvents(EventRule rule, List<LocatedGoldEvent> gold, List<PredictedEvent> predicted) {
        List<Pair> admissible = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                LocatedGoldEvent goldEvent = gold.get(g);
                PredictedEvent event = predicted.get(p);
                List<String> failures = failures(goldEvent, event);
                boolean accepted = event.point() != null && !failures.contains(FAILED_PLACE)
                        && !(rule.typeMustMatch() && failures.contains(FAILED_TYPE))
                        && !(rule.dateMustMatch() && failures.contains(FAILED_DATE));
                if (accepted) {
                    admissible.add(new Pair(g, p, distance(goldEvent.place(), Objects.requireNonNull(event.point()))));
                }
            }
        }
        return OneToOneMatcher.match(admissible, gold.size(), predicted.size());
    }

    private static final String FAILED_TYPE = "type";
    private static final String FAILED_PLACE = "place";
    private static final String FAILED_DATE = "date";

    /** Which of type, place and date disagree (place also when the prediction has no position). */
    private List<String> failures(LocatedGoldEvent gold, PredictedEvent predicted) {
        List<String> failed = new ArrayList<>();
        if (!gold.event().subEventType().strip().equalsIgnoreCase(predicted.subEventType().strip())) {
            failed.add(FAILED_TYPE);
        }
        if (predicted.point() == null || !gold.place().covers(predicted.point(), boundaries)) {
            failed.add(FAILED_PLACE);
        }
        LocalDate goldDate = gold.event().date();
        if (goldDate != null && !goldDate.equals(predicted.date())) {
            failed.add(FAILED_DATE);
        }
        return failed;
    }

    private void eventMisses(String id, List<Pair> matched, List<LocatedGoldEvent> gold,
            List<PredictedEvent> predicted, List<Miss> misses) {
        Set<Integer> matchedGold = matched.stream().map(Pair::gold).collect(Collectors.toSet());
        Set<Integer> matchedPredicted = matched.stream().map(Pair::predicted).collect(Collectors.toSet());
        for (int g = 0; g < gold.size(); g++) {
            if (matchedGold.contains(g)) {
                continue;
            }
            LocatedGoldEvent goldEvent = gold.get(g);
            Optional<PredictedEvent> candidate = predicted.stream()
                    .min(Comparator.comparingInt((PredictedEvent p) -> failures(goldEvent, p).size())
                            .thenComparingDouble(p -> distanceOrInfinity(goldEvent, p)));
            String reason = candidate.map(p -> "nearest prediction " + describe(p) + ": " + explain(goldEvent, p))
                    .orElse("no predicted event");
            misses.add(new Miss(id, Layer.EVENT, Kind.FALSE_NEGATIVE, describe(goldEvent), reason));
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (matchedPredicted.contains(p)) {
                continue;
            }
            PredictedEvent event = predicted.get(p);
            String reason = event.point() == null ? "no location (no lat/lon and no predicted place named "
                    + event.place() + ")"
                    : gold.stream()
                            .min(Comparator.comparingInt((LocatedGoldEvent g) -> failures(g, event).size())
                                    .thenComparingDouble(g -> distanceOrInfinity(g, event)))
                            .map(g -> "nearest gold " + describe(g) + ": " + explain(g, event))
                            .orElse("no gold event with a located place");
            misses.add(new Miss(id, Layer.EVENT, Kind.FALSE_POSITIVE, describe(event), reason));
        }
    }

    private String explain(LocatedGoldEvent gold, PredictedEvent predicted) {
        List<String> failed = failures(gold, predicted);
        if (failed.isEmpty()) {
            return "taken by another match";
        }
        List<String> parts = new ArrayList<>();
        if (failed.contains(FAILED_TYPE)) {
            parts.add("wrong type: predicted " + predicted.subEventType() + ", gold " + gold.event().subEventType());
        }
        if (failed.contains(FAILED_PLACE)) {
            parts.add(predicted.point() == null ? "no location"
                    : "too far: " + Report.km(distance(gold.place(), Objects.requireNonNull(predicted.point())))
                            + ", outside " + gold.place().toleranceText(boundaries));
        }
        if (failed.contains(FAILED_DATE)) {
            parts.add("wrong date: predicted " + Objects.toString(predicted.date(), "none") + ", gold "
                    + gold.event().date());
        }
        return String.join("; ", parts);
    }

    private static String describe(LocatedGoldEvent gold) {
        return gold.event().subEventType() + " at " + gold.place().surface() + " (" + gold.place().name() + ", "
                + gold.place().kind().label() + ") on " + Objects.toString(gold.event().date(), "any date");
    }

    private static String describe(PredictedEvent event) {
        return event.subEventType() + " at " + event.place() + " on " + Objects.toString(event.date(), "no date");
    }

    private static double distanceOrInfinity(LocatedGoldEvent gold, PredictedEvent predicted) {
        GeoPoint point = predicted.point();
        return point == null ? Double.POSITIVE_INFINITY : distance(gold.place(), point);
    }

    private static double distance(GoldPlace gold, GeoPoint point) {
        return Objects.requireNonNull(gold.point()).distanceKm(point);
    }

    private static void tallyByType(List<Pair> matched, List<LocatedGoldEvent> gold, List<PredictedEvent> predicted,
            SortedMap<String, Counts> byType) {
        Set<Integer> matchedGold = matched.stream().map(Pair::gold).collect(Collectors.toSet());
        Set<Integer> matchedPredicted = matched.stream().map(Pair::predicted).collect(Collectors.toSet());
        for (Pair p : matched) {
            byType.merge(gold.get(p.gold()).event().subEventType(), new Counts(1, 0, 0), Counts::plus);
        }
        for (int g = 0; g < gold.size(); g++) {
            if (!matchedGold.contains(g)) {
                byType.merge(gold.get(g).event().subEventType(), new Counts(0, 0, 1), Counts::plus);
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!matchedPredicted.contains(p)) {
                byType.merge(predicted.get(p).subEventType(), new Counts(0, 1, 0), Counts::plus);
            }
        }
    }

    private static Counts counts(List<Pair> matched, int goldCount, int predictedCount) {
        return new Counts(matched.size(), predictedCount - matched.size(), goldCount - matched.size());
    }

    /** A gold event with the gold place it names, which has coordinates. */
    private record LocatedGoldEvent(GoldEvent event, GoldPlace place) {
    }

    /** The names of an article's gold places, split by whether the place has coordinates. */
    private static final class GoldNames {
        private final List<String> located = new ArrayList<>();
        private final List<String> unlocated = new ArrayList<>();

        GoldNames(GoldArticle gold) {
            gold.places().forEach(p -> (p.hasPoint() ? located : unlocated).addAll(p.names()));
            gold.events().stream().filter(e -> gold.place(e.place()).isEmpty())
                    .forEach(e -> unlocated.add(e.place()));
        }

        /** Whether the names name a gold place without coordinates and none with. */
        boolean onlyUnlocated(List<String> names) {
            return PlaceNames.anySame(names, unlocated) && !PlaceNames.anySame(names, located);
        }
    }
}
