package org.maydan.gazetteer.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.maydan.gazetteer.Place;
import org.maydan.gazetteer.normalize.LooseKeys;

/**
 * A character trie over the compact keys of all names (see {@link LooseKeys#compact}), for
 * scanning text without building strings: a scanner walks it letter by letter as it reads tokens,
 * stops as soon as no name continues, and learns at each node whether a name ends there and which
 * places the loose key of the span so far names. Nodes are numbered breadth first, so the children
 * of a node have consecutive numbers and their letters lie side by side, sorted, in one char array:
 * a step is a binary search over a few adjacent letters and allocates nothing, and the upper levels
 * that every walk crosses fill a few kilobytes that stay in the processor's caches (a hash table
 * of edges strews them over megabytes, one cache miss a letter). Each node where keys end also
 * holds the exact names with that key and their places, so a scanner checks a span against them
 * letter by letter without building its name or probing a hash map.
 * Immutable.
 */
public final class CompactTrie {

    /** The node of the empty key. */
    public static final int ROOT = 0;
    /** No such node. */
    public static final int NONE = -1;

    /** Slots per letter of the edge table the trie is built in, at least, so probes stay short. */
    private static final double SLOTS_PER_EDGE = 1.5;
    private static final long EMPTY = -1L;
    private static final int CHAR_BITS = 16;
    /** Bits of a node number in a slot: the slot is node, letter, child. */
    private static final int NODE_BITS = 24;
    private static final long NODE_MASK = (1L << NODE_BITS) - 1;
    /** Node numbers stay below this, so that no slot is all ones ({@link #EMPTY}). */
    static final int MAX_NODES = (int) NODE_MASK;

    /** The children of node n are nodes {@code [firstChild[n], firstChild[n + 1])}. */
    private final int[] firstChild;
    /** The letter that leads to each node from its parent, sorted among its siblings. */
    private final char[] letter;
    /** The exact names ending at node n are entries {@code [exactFrom[n], exactFrom[n + 1])}. */
    private final int[] exactFrom;
    private final String[] exactName;
    private final List<List<Place>> exactPlaces;
    private final int[] looseHere;
    private final int[] looseBeforeVowel;
    private final List<List<Place>> lists;

    /**
     * The trie of the compact keys of {@code names} (normalized names); {@code loose} gives the
     * places of a loose key and {@code exact} those of a name (empty if none), looked up once here
     * so that scanning never looks them up.
     */
    CompactTrie(Collection<String> names, Function<String, List<Place>> loose, Function<String, List<Place>> exact) {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (String name : names) {
            byKey.computeIfAbsent(LooseKeys.compact(name), k -> new ArrayList<>(1)).add(name);
        }
        Collection<String> compactKeys = byKey.keySet();
        int letters = 0;
        for (String key : compactKeys) {
            letters += key.length();
        }
        // built in a hash table of edges sized for every letter a new edge, then numbered breadth first
        long[] building = emptyTable(letters);
        int nodes = 1;
        int[] ends = new int[compactKeys.size()];
        int[] parents = new int[compactKeys.size()];
        int k = 0;
        for (String key : compactKeys) {
            int node = ROOT;
            int parent = NONE;
            for (int i = 0; i < key.length(); i++) {
                int next = find(building, node, key.charAt(i));
                if (next == NONE) {
                    if (nodes == MAX_NODES) {
                        throw new IllegalStateException("more than " + MAX_NODES + " trie nodes");
                    }
                    next = nodes++;
                    put(building, edge(node, key.charAt(i)), next);
                }
                parent = node;
                node = next;
            }
            ends[k] = node;
            parents[k++] = parent;
        }
        int[] number = breadthFirst(building, nodes);
        firstChild = new int[nodes + 1];
        letter = new char[nodes];
        link(building, number);
        for (int i = 0; i < ends.length; i++) {
            ends[i] = number[ends[i]];
            parents[i] = parents[i] == NONE ? NONE : number[parents[i]];
        }
        int[] count = new int[nodes + 1];
        looseHere = new int[nodes];
        looseBeforeVowel = new int[nodes];
        Arrays.fill(looseHere, NONE);
        Arrays.fill(looseBeforeVowel, NONE);
        lists = new ArrayList<>();
        // Every loose key is the loose key of a compact key here, so only the node where a key ends
        // (for a key ending in a folded vowel: that node's parent) can name places.
        k = 0;
        for (String key : compactKeys) {
            int end = ends[k];
            int parent = parents[k++];
            count[end] += byKey.get(key).size();
            boolean vowelFinal = key.length() > 1 && LooseKeys.isFoldedFinal(key.charAt(key.length() - 1));
            if (!vowelFinal) {
                looseHere[end] = ref(loose.apply(key));
            } else if (parent != ROOT) {
                looseBeforeVowel[parent] = ref(loose.apply(LooseKeys.foldFinal(key)));
            }
        }
        exactFrom = new int[nodes + 1];
        for (int n = 0; n < nodes; n++) {
            exactFrom[n + 1] = exactFrom[n] + count[n];
        }
        int entries = exactFrom[nodes];
        exactName = new String[entries];
        List<Place>[] placesOf = newListArray(entries);
        int[] next = Arrays.copyOf(exactFrom, nodes);
        k = 0;
        for (String key : compactKeys) {
            for (String name : byKey.get(key)) {
                int e = next[ends[k]]++;
                exactName[e] = name;
                placesOf[e] = exact.apply(name);
            }
            k++;
        }
        exactPlaces = Arrays.asList(placesOf);
    }

    /**
     * The breadth-first number of each node of the edge table {@code built}: the children of a node,
     * in letter order, get the numbers after those of its elder siblings' children.
     */
    private static int[] breadthFirst(long[] built, int nodes) {
        long[][] children = childrenByLetter(built, nodes);
        int[] number = new int[nodes];
        int[] byNumber = new int[nodes];
        int next = 1;
        for (int n = 0; n < nodes; n++) {
            for (long edge : children[byNumber[n]]) {
                int child = (int) (edge & NODE_MASK);
                number[child] = next;
                byNumber[next++] = child;
            }
        }
        return number;
    }

    /** Each node's edges in {@code built} (letter, child) in letter order. */
    private static long[][] childrenByLetter(long[] built, int nodes) {
        int[] count = new int[nodes];
        for (long e : built) {
            if (e != EMPTY) {
                count[parentOf(e)]++;
            }
        }
        long[][] children = new long[nodes][];
        for (int n = 0; n < nodes; n++) {
            children[n] = new long[count[n]];
            count[n] = 0;
        }
        for (long e : built) {
            if (e != EMPTY) {
                int parent = parentOf(e);
                children[parent][count[parent]++] = e & ((1L << (CHAR_BITS + NODE_BITS)) - 1);
            }
        }
        for (long[] c : children) {
            Arrays.sort(c);
        }
        return children;
    }

    /** Fills {@link #firstChild} and {@link #letter} from the edges of {@code built} renumbered. */
    private void link(long[] built, int[] number) {
        int nodes = number.length;
        int[] count = new int[nodes];
        for (long e : built) {
            if (e != EMPTY) {
                int child = number[(int) (e & NODE_MASK)];
                count[number[parentOf(e)]]++;
                letter[child] = (char) (e >>> NODE_BITS);
            }
        }
        firstChild[0] = 1;
        for (int n = 0; n < nodes; n++) {
            firstChild[n + 1] = firstChild[n] + count[n];
        }
    }

    private static int parentOf(long edgeSlot) {
        return (int) (edgeSlot >>> (NODE_BITS + CHAR_BITS));
    }

    @SuppressWarnings("unchecked")
    private static List<Place>[] newListArray(int n) {
        return (List<Place>[]) new List<?>[n];
    }

    private int ref(List<Place> places) {
        if (places.isEmpty()) {
            return NONE;
        }
        lists.add(places);
        return lists.size() - 1;
    }

    /** An empty table (a power of two long) for {@code edges} edges. */
    private static long[] emptyTable(int edges) {
        int size = Integer.highestOneBit((int) Math.max(16, edges * SLOTS_PER_EDGE) - 1) << 1;
        long[] table = new long[size];
        Arrays.fill(table, EMPTY);
        return table;
    }

    private static void put(long[] table, long edge, int child) {
        int m = table.length - 1;
        int slot = slot(edge, m);
        while (table[slot] != EMPTY) {
            slot = (slot + 1) & m;
        }
        table[slot] = edge << NODE_BITS | child;
    }

    private static int find(long[] table, int node, char c) {
        int m = table.length - 1;
        long key = edge(node, c);
        int slot = slot(key, m);
        long e;
        while ((e = table[slot]) != EMPTY) {
            if (e >>> NODE_BITS == key) {
                return (int) (e & NODE_MASK);
            }
            slot = (slot + 1) & m;
        }
        return NONE;
    }

    /** The node after {@code node} reads letter {@code c}, or {@link #NONE}. */
    public int child(int node, char c) {
        int at = Arrays.binarySearch(letter, firstChild[node], firstChild[node + 1], c);
        return at < 0 ? NONE : at;
    }

    /** The node after {@code node} reads {@code s[from, to)}, or {@link #NONE}. */
    public int walk(int node, String s, int from, int to) {
        int n = node;
        for (int i = from; i < to && n != NONE; i++) {
            n = child(n, s.charAt(i));
        }
        return n;
    }

    /** Whether some name's compact key ends at this node. */
    public boolean isTerminal(int node) {
        return exactFrom[node] < exactFrom[node + 1];
    }

    /** The first exact-name entry of {@code node}: its entries run to {@link #exactEnd}. */
    public int exactStart(int node) {
        return exactFrom[node];
    }

    /** One past the last exact-name entry of {@code node}. */
    public int exactEnd(int node) {
        return exactFrom[node + 1];
    }

    /** The normalized name of entry {@code e}. */
    public String exactName(int e) {
        return exactName[e];
    }

    /** The places of entry {@code e}'s name, the index's own list, most prominent first. */
    public List<Place> exactPlaces(int e) {
        return exactPlaces.get(e);
    }

    /**
     * The places whose loose key is this node's key, for a key that does not end in a folded vowel
     * (such keys are asked of the parent with {@link #looseBeforeVowel}).
     */
    public List<Place> looseHere(int node) {
        int ref = looseHere[node];
        return ref == NONE ? List.of() : lists.get(ref);
    }

    /** The places whose loose key is this node's key followed by a final ي, ه or ا. */
    public List<Place> looseBeforeVowel(int node) {
        int ref = looseBeforeVowel[node];
        return ref == NONE ? List.of() : lists.get(ref);
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & mask;
    }

    private static long edge(int node, char c) {
        return ((long) node << CHAR_BITS) | c;
    }
}
