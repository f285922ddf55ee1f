package de.kiezpress.related;

/**
 * Each document's day, district, number of topics and {@link #metaKey}, side by side in one
 * array: scoring a candidate needs all of them, and one cache line is much cheaper to read than
 * four separate arrays.
 */
final class DocumentFacts {

    static final int NO_DISTRICT = -1;
    /** Four ints, so that one document's facts never straddle two cache lines. */
    static final int STRIDE = 4;
    static final int DAY = 0;
    static final int DISTRICT = 1;
    static final int TOPIC_COUNT = 2;
    static final int META_KEY = 3;

    private static final int SIGNATURE_BITS = 20;
    private static final int SIGNATURE_MASK = (1 << SIGNATURE_BITS) - 1;
    private static final int COUNT_SHIFT = SIGNATURE_BITS;
    private static final int COUNT_LIMIT = 15;
    private static final int DISTRICT_SHIFT = 24;
    private static final int DISTRICT_LIMIT = 255;

    final int[] facts;

    private DocumentFacts(int[] facts) {
        this.facts = facts;
    }

    static DocumentFacts of(int[] epochDays, DistrictTimeline districts, TopicIndex topics) {
        int size = epochDays.length;
        int[] facts = new int[size * STRIDE];
        for (int d = 0; d < size; d++) {
            facts[d * STRIDE + DAY] = epochDays[d];
            facts[d * STRIDE + DISTRICT] = districts.district[d];
            facts[d * STRIDE + TOPIC_COUNT] = topics.topicCount(d);
            facts[d * STRIDE + META_KEY] = metaKey(d, districts.district[d], topics);
        }
        return new DocumentFacts(facts);
    }

    /**
     * A 32-bit summary of a document's topics and district that gives an upper bound of the
     * topic and district part of a score without reading anything else: a district code (8 bits;
     * 0 for none, 255 for "254 or more", which matches any other such), the number of topics (4
     * bits, 15 for "15 or more") and a signature with bit {@code topic % 20} set for each topic,
     * so that two documents with no signature bit in common share no topic.
     */
    private static int metaKey(int document, int district, TopicIndex topics) {
        int signature = 0;
        for (int entry = topics.firstTopic(document); entry < topics.endOfTopics(document); entry++) {
            signature |= 1 << (topics.topic(entry) % SIGNATURE_BITS);
        }
        int count = Math.min(topics.topicCount(document), COUNT_LIMIT);
        int districtCode = district == NO_DISTRICT ? 0 : Math.min(district + 1, DISTRICT_LIMIT);
        return districtCode << DISTRICT_SHIFT | count << COUNT_SHIFT | signature;
    }

    /** False only if the two documents surely share no topic. */
    static boolean mayShareTopics(int ownKey, int otherKey) {
        return (ownKey & otherKey & SIGNATURE_MASK) != 0;
    }

    /** At least the Jaccard index of the two documents' topic sets, at most 1. */
    static double jaccardAtMost(int ownKey, int ownTopicCount, int otherKey) {
        if (!mayShareTopics(ownKey, otherKey)) {
            return 0;
        }
        int otherCount = otherKey >>> COUNT_SHIFT & COUNT_LIMIT;
        if (otherCount == COUNT_LIMIT) {
            return 1;
        }
        // With s shared topics the index is s / (k + m - s), largest at s = min(k, m).
        return (double) Math.min(ownTopicCount, otherCount) / Math.max(ownTopicCount, otherCount);
    }

    /** False only if the two documents are surely not of the same district. */
    static boolean maybeSameDistrict(int ownKey, int otherKey) {
        int own = ownKey >>> DISTRICT_SHIFT;
        return own != 0 && own == otherKey >>> DISTRICT_SHIFT;
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

    int metaKey(int document) {
        return facts[document * STRIDE + META_KEY];
    }
}
