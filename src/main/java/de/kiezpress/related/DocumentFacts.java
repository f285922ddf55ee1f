package de.kiezpress.related;

/**
 * Each document's day, district and topic signature (see {@link TopicIndex}), side by side in
 * one array: the exact score of a candidate needs all of them, and one cache line is much cheaper
 * to read than several arrays. Also the compact {@link #metaKey}s and days, which bound a score
 * from smaller arrays that stay in the cache.
 */
final class DocumentFacts {

    static final int NO_DISTRICT = -1;
    /** Four ints, so that one document's facts never straddle two cache lines. */
    static final int STRIDE = 4;
    static final int DAY = 0;
    static final int DISTRICT = 1;
    static final int SIGNATURE_LOW = 2;
    static final int SIGNATURE_HIGH = 3;

    private static final int KEY_SIGNATURE_BITS = 20;
    private static final int KEY_SIGNATURE_MASK = (1 << KEY_SIGNATURE_BITS) - 1;
    /** The bit that all topics but the 19 most frequent share in a meta key. */
    private static final int KEY_SHARED_BIT = 1 << KEY_SIGNATURE_BITS - 1;
    private static final int KEY_OWN_BITS = KEY_SHARED_BIT - 1;
    private static final int KEY_COUNT_SHIFT = KEY_SIGNATURE_BITS;
    private static final int KEY_COUNT_LIMIT = 15;
    private static final int KEY_DISTRICT_SHIFT = 24;

    final int[] facts;
    /** Per document, the {@link #metaKey}. */
    final int[] metaKeys;
    /** Per document, days since 1970-01-01. */
    final int[] days;

    private DocumentFacts(int[] facts, int[] metaKeys, int[] days) {
        this.facts = facts;
        this.metaKeys = metaKeys;
        this.days = days;
    }

    static DocumentFacts of(int[] epochDays, int[] districtOf, TopicIndex topics) {
        int size = epochDays.length;
        int[] facts = new int[size * STRIDE];
        int[] metaKeys = new int[size];
        for (int d = 0; d < size; d++) {
            long signature = topics.signatures[d];
            facts[d * STRIDE + DAY] = epochDays[d];
            facts[d * STRIDE + DISTRICT] = districtOf[d];
            facts[d * STRIDE + SIGNATURE_LOW] = (int) signature;
            facts[d * STRIDE + SIGNATURE_HIGH] = (int) (signature >>> 32);
            metaKeys[d] = metaKey(signature, topics.topicCount(d), districtOf[d]);
        }
        return new DocumentFacts(facts, metaKeys, epochDays.clone());
    }

    /**
     * A 32-bit summary of a document's topics and district, small enough that all of them stay
     * in the cache while candidates are bounded: a district code (8 bits, see
     * {@link TextIndex#districtCode}), the number of topics (4 bits, 15 for "15 or more") and the
     * topic signature folded to 20 bits (the 19 most frequent topics, and one bit for all
     * others), so that two documents with no bit in common share no topic.
     */
    private static int metaKey(long signature, int topicCount, int district) {
        boolean hasRareTopic = (signature & ~(long) KEY_OWN_BITS) != 0;
        int folded = (int) signature & KEY_OWN_BITS | (hasRareTopic ? KEY_SHARED_BIT : 0);
        int count = Math.min(topicCount, KEY_COUNT_LIMIT);
        int districtCode = TextIndex.districtCode(district) & 0xFF;
        return districtCode << KEY_DISTRICT_SHIFT | count << KEY_COUNT_SHIFT | folded;
    }

    /**
     * At least the number of topics two documents with these meta keys share: topics with a bit
     * of their own are counted exactly, those sharing the last bit at most as often as the side
     * with fewer of them has them. The result is at most {@link #KEY_COUNT_LIMIT}.
     */
    static int sharedTopicsAtMost(int ownKey, int ownTopicCount, int otherKey) {
        int shared = ownKey & otherKey & KEY_SIGNATURE_MASK;
        int inCommon = Integer.bitCount(shared & KEY_OWN_BITS);
        if ((shared & KEY_SHARED_BIT) != 0) {
            int ownRare = ownTopicCount - Integer.bitCount(ownKey & KEY_OWN_BITS);
            int otherRare = topicCount(otherKey) - Integer.bitCount(otherKey & KEY_OWN_BITS);
            inCommon += Math.min(ownRare, otherRare);
        }
        return Math.min(inCommon, KEY_COUNT_LIMIT);
    }

    /** The number of topics in a meta key; {@link #KEY_COUNT_LIMIT} means "that many or more". */
    static int topicCount(int key) {
        return key >>> KEY_COUNT_SHIFT & KEY_COUNT_LIMIT;
    }

    /**
     * For a document with {@code ownTopicCount} topics, the Jaccard index by shared topics
     * {@code s} and the other's topic count {@code m} (row-major, {@code s * 16 + m}): at most
     * {@code s / (k + m - s)}, and 1 where {@code m} is "15 or more". Looked up instead of divided.
     */
    static double[] jaccardTable(int ownTopicCount) {
        int side = KEY_COUNT_LIMIT + 1;
        double[] table = new double[side * side];
        for (int shared = 1; shared < side; shared++) {
            for (int other = shared; other < side; other++) {
                table[shared * side + other] = other == KEY_COUNT_LIMIT || shared > ownTopicCount ? 1
                        : (double) shared / (ownTopicCount + other - shared);
            }
        }
        return table;
    }

    /** The index into {@link #jaccardTable}. */
    static int jaccardIndex(int shared, int otherKey) {
        return shared * (KEY_COUNT_LIMIT + 1) + topicCount(otherKey);
    }

    /** False only if the documents with these meta keys are surely not of the same district. */
    static boolean maybeSameDistrict(int ownKey, int otherKey) {
        int own = ownKey >>> KEY_DISTRICT_SHIFT;
        return own != 0 && own == otherKey >>> KEY_DISTRICT_SHIFT;
    }

    /** Days since 1970-01-01. */
    int day(int document) {
        return facts[document * STRIDE + DAY];
    }

    int district(int document) {
        return facts[document * STRIDE + DISTRICT];
    }

    static long signatureAt(int[] facts, int base) {
        return (long) facts[base + SIGNATURE_HIGH] << 32 | facts[base + SIGNATURE_LOW] & 0xFFFF_FFFFL;
    }
}
