package de.kiezpress.related;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Numbers the stemmed terms of all documents while they are analysed in parallel.
 *
 * <p>The numbers handed out during analysis depend on which thread got there first, so
 * {@link #alphabeticalIds()} renumbers the terms alphabetically afterwards: every later tie-break
 * by term id is then a tie-break by the term itself, the same in every build.
 */
final class TermDictionary {

    private final Map<String, Integer> provisionalIds = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger();

    /** The provisional id of a term; called once per new word form per analysing thread. */
    int idOf(String term) {
        return provisionalIds.computeIfAbsent(term, unused -> nextId.getAndIncrement());
    }

    int size() {
        return nextId.get();
    }

    /** For each provisional id, the term's rank in alphabetical order. Call after analysis. */
    int[] alphabeticalIds() {
        String[] alphabetical = provisionalIds.keySet().toArray(new String[0]);
        // Terms are unique, so their natural order needs no tie-break.
        Arrays.parallelSort(alphabetical);
        int[] finalIds = new int[alphabetical.length];
        for (int rank = 0; rank < alphabetical.length; rank++) {
            finalIds[provisionalIds.get(alphabetical[rank])] = rank;
        }
        return finalIds;
    }
}
