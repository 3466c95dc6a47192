package org.maydan.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One-to-one matching of gold items to predicted items over the admissible pairs. Pairs are first
 * taken nearest first (the rule of {@code shared/eval/README.md}); then augmenting paths (Kuhn's
 * algorithm) add pairs wherever greedy choice blocked one, so the result is a maximum matching
 * that keeps the nearest pairs where that costs no match. Two predictions near one gold item
 * still count once.
 */
final class OneToOneMatcher {

    /** An admissible pair: gold item {@code gold} may be matched to predicted item {@code predicted}. */
    record Pair(int gold, int predicted, double distanceKm) {
    }

    private static final int FREE = -1;

    private final List<List<Pair>> pairsByGold = new ArrayList<>();
    private final int[] predictedOfGold;
    private final int[] goldOfPredicted;
    private final double[] distanceOfGold;

    private OneToOneMatcher(List<Pair> admissible, int goldCount, int predictedCount) {
        predictedOfGold = new int[goldCount];
        goldOfPredicted = new int[predictedCount];
        distanceOfGold = new double[goldCount];
        Arrays.fill(predictedOfGold, FREE);
        Arrays.fill(goldOfPredicted, FREE);
        for (int g = 0; g < goldCount; g++) {
            pairsByGold.add(new ArrayList<>());
        }
        List<Pair> nearestFirst = admissible.stream().sorted(NEAREST_FIRST).toList();
        nearestFirst.forEach(p -> pairsByGold.get(p.gold()).add(p));
        for (Pair p : nearestFirst) {
            if (predictedOfGold[p.gold()] == FREE && goldOfPredicted[p.predicted()] == FREE) {
                link(p);
            }
        }
        for (int g = 0; g < goldCount; g++) {
            if (predictedOfGold[g] == FREE) {
                augment(g, new boolean[predictedCount]);
            }
        }
    }

    private static final Comparator<Pair> NEAREST_FIRST = Comparator.comparingDouble(Pair::distanceKm)
            .thenComparingInt(Pair::gold).thenComparingInt(Pair::predicted);

    /** The matched pairs, ordered by gold index. */
    static List<Pair> match(List<Pair> admissible, int goldCount, int predictedCount) {
        OneToOneMatcher m = new OneToOneMatcher(admissible, goldCount, predictedCount);
        List<Pair> matched = new ArrayList<>();
        for (int g = 0; g < goldCount; g++) {
            if (m.predictedOfGold[g] != FREE) {
                matched.add(new Pair(g, m.predictedOfGold[g], m.distanceOfGold[g]));
            }
        }
        return matched;
    }

    private boolean augment(int gold, boolean[] visited) {
        for (Pair p : pairsByGold.get(gold)) {
            if (visited[p.predicted()]) {
                continue;
            }
            visited[p.predicted()] = true;
            int holder = goldOfPredicted[p.predicted()];
            if (holder == FREE || augment(holder, visited)) {
                link(p);
                return true;
            }
        }
        return false;
    }

    private void link(Pair p) {
        predictedOfGold[p.gold()] = p.predicted();
        goldOfPredicted[p.predicted()] = p.gold();
        distanceOfGold[p.gold()] = p.distanceKm();
    }
}
