package org.maydan.gazetteer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.maydan.gazetteer.AdminPath;
import org.maydan.gazetteer.Place;
import org.maydan.gazetteer.PlaceKind;
import org.maydan.gazetteer.PlaceName;

/** The scanner's trie: names end where their walks end, and a walk is the letter-by-letter descent. */
class CompactTrieTest {

    private static final List<String> KEYS = List.of("حلب", "حماه", "حمص", "حم", "كفرنبل", "كفرنبوده", "تلرفعت",
            "ت", "دير", "ديرالزور", "x9", "قرقف");
    private static final String LETTERS = "حلبماهصكفرنودتيزقx9 ";
    private static final CompactTrie TRIE = new CompactTrie(KEYS, key -> List.<Place>of(), name -> List.<Place>of());

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
    void aKeyNodeHoldsEveryExactNameWithThatKeyAndItsPlaces() {
        Place village = new Place("t:1", PlaceKind.VILLAGE, "تل رفعت", "Tall Rifaat", List.of(new PlaceName("ar", "تل رفعت")),
                36.47, 37.1, null, new AdminPath("SY02", "Aleppo", "حلب", null, null, null, null), "SY", null, "test",
                "facts", List.of());
        List<String> names = List.of("تل رفعت", "التل رفعت", "تلرفعت", "حلب");
        CompactTrie trie = new CompactTrie(names, key -> List.<Place>of(),
                name -> name.equals("تل رفعت") ? List.of(village) : List.of());
        int node = trie.walk(CompactTrie.ROOT, "تلرفعت", 0, 6);
        assertThat(trie.isTerminal(node)).isTrue();
        List<String> held = new ArrayList<>();
        for (int e = trie.exactStart(node); e < trie.exactEnd(node); e++) {
            held.add(trie.exactName(e));
            assertThat(trie.exactPlaces(e)).isEqualTo(trie.exactName(e).equals("تل رفعت") ? List.of(village) : List.of());
        }
        assertThat(held).containsExactlyInAnyOrder("تل رفعت", "التل رفعت", "تلرفعت");
        int prefix = trie.walk(CompactTrie.ROOT, "تلر", 0, 3);
        assertThat(trie.exactStart(prefix)).isEqualTo(trie.exactEnd(prefix));
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
