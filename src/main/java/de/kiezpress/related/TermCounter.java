package de.kiezpress.related;

import java.util.Arrays;

/**
 * Counts the term ids of one text in a small open-addressing table: it stays in the CPU's
 * fastest cache, where an array indexed by term id (hundreds of thousands) would not.
 */
final class TermCounter {

    private static final int EMPTY = -1;

    private int[] keys = new int[1024];
    private int[] counts = new int[1024];
    /** Distinct terms in order of first occurrence, which also says which slots to clear. */
    private int[] inOrder = new int[512];
    private int distinct;

    TermCounter() {
        Arrays.fill(keys, EMPTY);
    }

    void add(int termId) {
        int mask = keys.length - 1;
        int slot = home(termId, mask);
        while (true) {
            int key = keys[slot];
            if (key == termId) {
                counts[slot]++;
                return;
            }
            if (key == EMPTY) {
                break;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = termId;
        counts[slot] = 1;
        if (distinct == inOrder.length) {
            inOrder = Arrays.copyOf(inOrder, 2 * distinct);
        }
        inOrder[distinct++] = termId;
        if (2 * distinct > keys.length) {
            grow();
        }
    }

    /** The distinct term ids in order of first occurrence, and their counts; then starts over. */
    GermanTextAnalyzer.TermCounts takeCounts() {
        if (distinct == 0) {
            return GermanTextAnalyzer.TermCounts.NONE;
        }
        int[] termIds = Arrays.copyOf(inOrder, distinct);
        int[] termCounts = new int[distinct];
        for (int i = 0; i < distinct; i++) {
            int slot = slotOf(termIds[i]);
            termCounts[i] = counts[slot];
        }
        // All counts are read before any slot is cleared: clearing breaks the probe chains.
        for (int termId : termIds) {
            keys[slotOf(termId)] = EMPTY;
        }
        distinct = 0;
        return new GermanTextAnalyzer.TermCounts(termIds, termCounts);
    }

    private static int home(int termId, int mask) {
        int hash = termId * 0x9E37_79B9;
        return (hash ^ hash >>> 16) & mask;
    }

    /** The slot of a term that is in the table; skips cleared slots, so it works while clearing. */
    private int slotOf(int termId) {
        int mask = keys.length - 1;
        int slot = home(termId, mask);
        while (keys[slot] != termId) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new int[2 * oldKeys.length];
        counts = new int[2 * oldKeys.length];
        Arrays.fill(keys, EMPTY);
        int mask = keys.length - 1;
        for (int old = 0; old < oldKeys.length; old++) {
            if (oldKeys[old] != EMPTY) {
                int slot = home(oldKeys[old], mask);
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[old];
                counts[slot] = oldCounts[old];
            }
        }
    }
}
