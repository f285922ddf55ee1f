package de.kiezpress.related;

import java.util.List;

/**
 * Each document's day, district and number of topics, side by side in one array: scoring a
 * candidate needs all three, and reading them from one cache line instead of three separate
 * arrays is what makes scoring tens of thousands of candidates per document affordable.
 */
final class DocumentFacts {

    static final int NO_DISTRICT = -1;
    /** Four ints, so that one document's facts never straddle two cache lines. */
    static final int STRIDE = 4;
    static final int DAY = 0;
    static final int DISTRICT = 1;
    static final int TOPIC_COUNT = 2;

    final int[] facts;

    private DocumentFacts(int[] facts) {
        this.facts = facts;
    }

    static DocumentFacts of(List<? extends Document> documents, DistrictTimeline districts, TopicIndex topics) {
        int[] facts = new int[documents.size() * STRIDE];
        for (int d = 0; d < documents.size(); d++) {
            facts[d * STRIDE + DAY] = Math.toIntExact(documents.get(d).date().toEpochDay());
            facts[d * STRIDE + DISTRICT] = districts.district[d];
            facts[d * STRIDE + TOPIC_COUNT] = topics.topicCount(d);
        }
        return new DocumentFacts(facts);
    }

    int size() {
        return facts.length / STRIDE;
    }

    /** Days since 1970-01-01. */
    int day(int document) {
        return facts[document * STRIDE + DAY];
    }

    int district(int document) {
        return facts[document * STRIDE + DISTRICT];
    }

    int topicCount(int document) {
        return facts[document * STRIDE + TOPIC_COUNT];
    }
}
