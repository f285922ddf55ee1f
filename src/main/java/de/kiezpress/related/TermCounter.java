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
    /** Distinct terms in order of first occurrence, and the slot each one sits in. */
    private int[] inOrder = new int[512];
    private int[] slotOf = new int[512];
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
            slotOf = Arrays.copyOf(slotOf, 2 * distinct);
        }
        inOrder[distinct] = termId;
        slotOf[distinct] = slot;
        distinct++;
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
            termCounts[i] = counts[slotOf[i]];
            keys[slotOf[i]] = EMPTY;
        }
        distinct = 0;
        return new GermanTextAnalyzer.TermCounts(termIds, termCounts);
    }

    private static int home(int termId, int mask) {
        int hash = termId * 0x9E37_79B9;
        return (hash ^ hash >>> 16) & mask;
    }

    private void grow() {
        int[] oldCounts = counts;
        int[] oldSlots = Arrays.copyOf(slotOf, distinct);
        keys = new int[2 * keys.length];
        counts = new int[keys.length];
        Arrays.fill(keys, EMPTY);
        int mask = keys.length - 1;
        for (int i = 0; i < distinct; i++) {
            int slot = home(inOrder[i], mask);
            while (keys[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = inOrder[i];
            counts[slot] = oldCounts[oldSlots[i]];
            slotOf[i] = slot;
        }
    }
}
