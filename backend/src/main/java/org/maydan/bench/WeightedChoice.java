package org.maydan.bench;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** Draws items in proportion to their weights, in O(log n) per draw. */
final class WeightedChoice<T> {

    private final List<T> items;
    private final double[] cumulative;

    private WeightedChoice(List<T> items, double[] weights) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    static <T> WeightedChoice<T> byWeight(List<T> items, ToDoubleFunction<T> weight) {
        return new WeightedChoice<>(items, items.stream().mapToDouble(weight).toArray());
    }

    /** Weights 1, 1/2^s, 1/3^s ... by position: a Zipf law over items ordered by popularity. */
    static <T> WeightedChoice<T> zipf(List<T> byPopularity, double exponent) {
        double[] weights = new double[byPopularity.size()];
        for (int rank = 0; rank < weights.length; rank++) {
            weights[rank] = 1 / Math.pow(rank + 1, exponent);
        }
        return new WeightedChoice<>(byPopularity, weights);
    }

    T draw(SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, target);
        return items.get(Math.min(i >= 0 ? i + 1 : -i - 1, items.size() - 1));
    }
}
