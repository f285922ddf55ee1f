package de.kiezpress.related;

import java.util.Arrays;

/**
 * Remembers, for one analysing thread, what each lowercased word form became (a term id, or
 * {@link #DROPPED}), so that stop-word lookup, normalisation and stemming run once per form
 * instead of once per occurrence: word frequencies follow Zipf's law, most tokens are repeats.
 *
 * <p>An open-addressing table keyed by char slices, so a lookup allocates nothing. Each slot's
 * hash, value, key offset and length sit side by side and the keys' characters in one array,
 * because on a big corpus the lookups miss the CPU caches and every separate array is one more
 * miss. It stops growing at {@code maxEntries}; forms seen after that are analysed every time.
 */
final class SurfaceFormCache {

    static final int MISSING = -2;
    static final int DROPPED = -1;

    private static final int HASH = 0;
    private static final int VALUE = 1;
    private static final int OFFSET = 2;
    private static final int LENGTH = 3;
    private static final int SLOT_INTS = 4;

    private final int maxEntries;
    /** Per slot: hash, value, offset in {@link #keys}, length (0 for an empty slot). */
    private int[] slots;
    private int capacity;
    private char[] keys = new char[1 << 16];
    private int keysUsed;
    private int size;

    SurfaceFormCache(int maxEntries) {
        this.maxEntries = maxEntries;
        allocate(1 << 12);
    }

    /** The value stored for this non-empty form, or {@link #MISSING}. */
    int get(char[] chars, int length, int hash) {
        int mask = capacity - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int base = slot * SLOT_INTS;
            int keyLength = slots[base + LENGTH];
            if (keyLength == 0) {
                return MISSING;
            }
            if (slots[base + HASH] == hash && keyLength == length) {
                int offset = slots[base + OFFSET];
                if (Arrays.equals(keys, offset, offset + length, chars, 0, length)) {
                    return slots[base + VALUE];
                }
            }
        }
    }

    void put(char[] chars, int length, int hash, int value) {
        if (size >= maxEntries) {
            return;
        }
        if (2 * (size + 1) > capacity) {
            grow();
        }
        if (keysUsed + length > keys.length) {
            keys = Arrays.copyOf(keys, Math.max(keysUsed + length, 2 * keys.length));
        }
        System.arraycopy(chars, 0, keys, keysUsed, length);
        insert(hash, value, keysUsed, length);
        keysUsed += length;
        size++;
    }

    private void insert(int hash, int value, int offset, int length) {
        int mask = capacity - 1;
        int slot = hash & mask;
        while (slots[slot * SLOT_INTS + LENGTH] != 0) {
            slot = (slot + 1) & mask;
        }
        int base = slot * SLOT_INTS;
        slots[base + HASH] = hash;
        slots[base + VALUE] = value;
        slots[base + OFFSET] = offset;
        slots[base + LENGTH] = length;
    }

    private void grow() {
        int[] old = slots;
        allocate(capacity * 2);
        for (int base = 0; base < old.length; base += SLOT_INTS) {
            if (old[base + LENGTH] != 0) {
                insert(old[base + HASH], old[base + VALUE], old[base + OFFSET], old[base + LENGTH]);
            }
        }
    }

    private void allocate(int newCapacity) {
        capacity = newCapacity;
        slots = new int[newCapacity * SLOT_INTS];
    }
}
