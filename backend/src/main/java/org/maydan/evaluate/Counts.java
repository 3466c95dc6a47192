package org.maydan.evaluate;

import java.util.OptionalDouble;

/**
 * True positives, false positives and false negatives, with the scores they give. A score whose
 * denominator is zero is undefined (empty), not zero: an article with nothing to find and nothing
 * predicted is neither good nor bad.
 */
public record Counts(int truePositives, int falsePositives, int falseNegatives) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts other) {
        return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    public OptionalDouble precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public OptionalDouble recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /** Harmonic mean of precision and recall; 0 when both are defined and zero. */
    public OptionalDouble f1() {
        return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
    }

    private static OptionalDouble ratio(int numerator, int denominator) {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
    }
}
