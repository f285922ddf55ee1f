package de.kiezpress.related;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers the stemmed terms of all documents while they are analysed in parallel, and keeps them
 * in alphabetical order.
 *
 * <p>The ids handed out during analysis depend on which thread got there first. They stay the
 * same for as long as the dictionary lives (a {@link TextAnalyses} keeps it from one build to the
 * next, with the analyses that use its ids); what every later tie-break uses instead is a term's
 * {@linkplain Alphabet rank in alphabetical order}, so a tie-break by term id is a tie-break by
 * the term itself, the same in every build.
 */
final class TermDictionary {

    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    /** Guarded by {@code this}; entries below {@link #size} are never changed again. */
    private String[] terms = new String[1024];
    private int size;

    /** The id of a term; called once per new word form per analysing thread. */
    int idOf(String term) {
        Integer id = ids.get(term);
        if (id != null) {
            return id;
        }
        synchronized (this) {
            id = ids.get(term);
            if (id == null) {
                if (size == terms.length) {
                    terms = Arrays.copyOf(terms, 2 * size);
                }
                id = size;
                terms[size++] = term;
                // published after the term is stored: whoever sees the id can read the term
                ids.put(term, id);
            }
            return id;
        }
    }

    synchronized int size() {
        return size;
    }

    /** The terms by id, at least {@link #size()} of them as it was before the call. */
    private synchronized String[] terms() {
        return terms;
    }

    /**
     * The alphabetical order of all terms: {@code previous} (the order of the first terms, from
     * an earlier call) with the terms added since merged in.
     */
    Alphabet alphabet(Alphabet previous) {
        String[] byId = terms();
        int total = Math.min(size(), byId.length);
        int known = previous.order.length;
        if (known == total) {
            return previous;
        }
        String[] added = Arrays.copyOfRange(byId, known, total);
        // Terms are unique, so their natural order needs no tie-break.
        if (added.length > 4096) {
            Arrays.parallelSort(added);
        } else {
            Arrays.sort(added);
        }
        int[] order = new int[total];
        int from = 0;
        int filled = 0;
        for (String term : added) {
            // where the term goes among the known ones: the first known term after it
            int low = from;
            int high = known;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (byId[previous.order[middle]].compareTo(term) < 0) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            System.arraycopy(previous.order, from, order, filled, low - from);
            filled += low - from;
            from = low;
            order[filled++] = ids.get(term);
        }
        System.arraycopy(previous.order, from, order, filled, known - from);
        return new Alphabet(order);
    }

    /** The terms' ids in alphabetical order of the terms, and each id's place in it. */
    static final class Alphabet {
        static final Alphabet EMPTY = new Alphabet(new int[0]);

        /** Ids, ordered by their terms. */
        final int[] order;
        /** For each id, its place in {@link #order}. */
        final int[] rank;

        private Alphabet(int[] order) {
            this.order = order;
            this.rank = new int[order.length];
            for (int place = 0; place < order.length; place++) {
                rank[order[place]] = place;
            }
        }

        int size() {
            return order.length;
        }
    }
}
