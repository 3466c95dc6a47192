package org.maydan.gazetteer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.maydan.gazetteer.Place;

/** The scanner's trie: names end where their walks end, and a walk is the letter-by-letter descent. */
class CompactTrieTest {

    private static final List<String> KEYS = List.of("حلب", "حماه", "حمص", "حم", "كفرنبل", "كفرنبوده", "تلرفعت",
            "ت", "دير", "ديرالزور", "x9", "قرقف");
    private static final String LETTERS = "حلبماهصكفرنودتيزقx9 ";
    private static final CompactTrie TRIE = new CompactTrie(KEYS, key -> List.<Place>of());

    @Test
    void aNameEndsWhereItsWalkEnds() {
        for (String key : KEYS) {
            int node = TRIE.walk(CompactTrie.ROOT, key, 0, key.length());
            assertThat(node).as(key).isNotEqualTo(CompactTrie.NONE);
            assertThat(TRIE.isTerminal(node)).as(key).isTrue();
        }
        assertThat(TRIE.walk(CompactTrie.ROOT, "حلبي", 0, 4)).isEqualTo(CompactTrie.NONE);
        assertThat(TRIE.isTerminal(TRIE.walk(CompactTrie.ROOT, "حما", 0, 3))).isFalse();
    }

    @Test
    void aWalkIsTheStepByStepDescentFromAnyNodeAndOffset() {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 20_000; round++) {
            String s = randomWord(random);
            int from = random.nextInt(s.length() + 1);
            int to = from + random.nextInt(s.length() - from + 1);
            int start = random.nextBoolean() ? CompactTrie.ROOT : TRIE.walk(CompactTrie.ROOT, "كف", 0, 2);
            int expected = start;
            for (int i = from; i < to && expected != CompactTrie.NONE; i++) {
                expected = TRIE.child(expected, s.charAt(i));
            }
            assertThat(TRIE.walk(start, s, from, to)).as("%s [%d, %d)", s, from, to).isEqualTo(expected);
        }
    }

    private static String randomWord(SplittableRandom random) {
        if (random.nextInt(3) == 0) {
            return KEYS.get(random.nextInt(KEYS.size()));
        }
        StringBuilder s = new StringBuilder();
        for (int n = random.nextInt(7); n >= 0; n--) {
            s.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return s.toString();
    }
}
