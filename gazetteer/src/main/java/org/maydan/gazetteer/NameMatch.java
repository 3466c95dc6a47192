package org.maydan.gazetteer;

import java.util.List;

/**
 * A place name found in text. {@code start}/{@code end} are char offsets into the original text
 * covering the name without its proclitic ({@code prefix}, e.g. "وب" of وبكفرنبل, empty if none);
 * {@code surface} is that original slice, with the article's alef restored where ل dropped it
 * (للرقة: the slice لرقة, the surface الرقة); {@code name} is the normalized form that matched;
 * {@code candidates} are all places it may name, best first by the default ranking without context.
 */
public record NameMatch(int start, int end, String surface, String prefix, String name,
        List<Candidate> candidates) {

    /** Copies the candidate list. */
    public NameMatch {
        candidates = List.copyOf(candidates);
    }

    /** The best candidate (the list is never empty). */
    public Candidate best() {
        return candidates.get(0);
    }
}
