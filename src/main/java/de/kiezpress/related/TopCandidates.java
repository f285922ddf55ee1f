package de.kiezpress.related;

/**
 * The best {@code capacity} candidates seen so far: a min-heap whose root is the one to drop
 * next. Order: higher score first, then lower tie rank (newer, then slug, then id), a total
 * order, so the result does not depend on the order in which candidates are offered.
 */
final class TopCandidates {

    private final int[] tieRank;
    private final int[] documents;
    private final double[] scores;
    private int size;

    TopCandidates(int capacity, int[] tieRank) {
        this.tieRank = tieRank;
        this.documents = new int[capacity];
        this.scores = new double[capacity];
    }

    void clear() {
        size = 0;
    }

    boolean isFull() {
        return size == documents.length;
    }

    /** The score of the weakest candidate kept; only meaningful when full. */
    double weakestScore() {
        return scores[0];
    }

    boolean contains(int document) {
        for (int i = 0; i < size; i++) {
            if (documents[i] == document) {
                return true;
            }
        }
        return false;
    }

    /** Keeps the candidate if it is among the best so far; whether it was kept. */
    boolean offer(int document, double score) {
        if (size < documents.length) {
            documents[size] = document;
            scores[size] = score;
            siftUp(size++);
            return true;
        }
        if (documents.length > 0 && isBetter(document, score, 0)) {
            documents[0] = document;
            scores[0] = score;
            siftDown(0);
            return true;
        }
        return false;
    }

    /** The kept candidates, best first; empties the heap. */
    int[] takeBestFirst() {
        int[] best = new int[size];
        for (int i = size - 1; i >= 0; i--) {
            best[i] = documents[0];
            size--;
            if (size > 0) {
                documents[0] = documents[size];
                scores[0] = scores[size];
                siftDown(0);
            }
        }
        return best;
    }

    private boolean isBetter(int document, double score, int slot) {
        return score > scores[slot] || score == scores[slot] && tieRank[document] < tieRank[documents[slot]];
    }

    private void siftUp(int slot) {
        while (slot > 0) {
            int parent = (slot - 1) / 2;
            if (!isBetter(documents[parent], scores[parent], slot)) {
                return;
            }
            swap(slot, parent);
            slot = parent;
        }
    }

    private void siftDown(int slot) {
        while (true) {
            int worst = slot;
            for (int child = 2 * slot + 1; child <= 2 * slot + 2 && child < size; child++) {
                if (isBetter(documents[worst], scores[worst], child)) {
                    worst = child;
                }
            }
            if (worst == slot) {
                return;
            }
            swap(slot, worst);
            slot = worst;
        }
    }

    private void swap(int a, int b) {
        int document = documents[a];
        documents[a] = documents[b];
        documents[b] = document;
        double score = scores[a];
        scores[a] = scores[b];
        scores[b] = score;
    }
}
