package org.maydan.gazetteer.normalize;

/** Bounded Levenshtein distance for short keys. */
public final class EditDistance {

    private EditDistance() {
    }

    /** Whether {@code a} and {@code b} are at most {@code max} edits apart. */
    public static boolean within(String a, String b, int max) {
        return distance(a, b, max) <= max;
    }

    /** The Levenshtein distance, or any value above {@code max} once it is exceeded. */
    public static int distance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /** Similarity in [0, 1]: 1 minus the distance over the longer length. */
    public static double similarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        if (longer == 0) {
            return 1;
        }
        return 1.0 - (double) distance(a, b, longer) / longer;
    }
}
