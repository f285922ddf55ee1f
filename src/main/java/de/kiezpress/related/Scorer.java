package de.kiezpress.related;

/**
 * Finds the most related documents of one document at a time; holds the scratch space for it,
 * so each thread uses its own.
 *
 * <p>Three sources of candidates, each visited so that it can stop early:
 * <ol>
 * <li>Documents sharing text terms, found through the postings of the document's own terms,
 * their dot products accumulated in an array indexed by document. Bounds rule out most of them
 * before the exact score.
 * <li>Documents sharing topics, visited nearest in time first along each topic's timeline, those
 * of the same district first: without shared text their score is at most
 * {@code (topicWeight + districtWeight) * recency}, which only shrinks with the distance, so
 * each walk stops as soon as that bound cannot beat the weakest of the best found so far.
 * <li>Documents sharing only the district, along the district's timeline in the same way.
 * </ol>
 * The text sums are accumulated first and the topics of the own district walked next, with the
 * text sums at hand: those candidates tend to be the strongest, which raises the bar early.
 * A document may be met by several sources, or scored lower by a later one that does not see
 * all it shares: if it is among the best it is not offered again, and otherwise a score no
 * higher than the one it had cannot enter, since the weakest kept only ever gets stronger.
 * So every source may score what it meets with what it knows.
 */
final class Scorer {

    /**
     * A bound and the score it bounds are computed in different orders, so rounding could put the
     * bound a hair below the score; bounds are raised by this much.
     */
    private static final double SLACK = 1e-6;

    private final RelatedSettings settings;
    private final IndexedCorpus corpus;
    private final TopicIndex topics;
    private final int[] facts;
    private final TopCandidates best;
    /** Per document, the text dot product with the current document; 0 for documents not reached. */
    private final float[] textSums;
    private final int[] metaKeys;
    private final int[] days;
    /**
     * One bit per document reached through text, in one set for the document's own district (or
     * maybe so, by the postings' district codes) and one for all others. Scanned in order, they
     * visit the candidates by index.
     */
    private final long[] reachedHere;
    private final long[] reachedElsewhere;
    /** Per own topic count up to 15, the Jaccard bounds of {@link DocumentFacts#jaccardTable}. */
    private final double[][] jaccardTables = new double[16][];

    private int document;
    private int ownDay;
    private int ownDistrict;
    private int ownTopicCount;
    private int ownKey;
    private long ownSignature;

    Scorer(RelatedSettings settings, IndexedCorpus corpus) {
        this.settings = settings;
        this.corpus = corpus;
        this.topics = corpus.topics();
        this.facts = corpus.facts().facts;
        int size = corpus.size();
        this.best = new TopCandidates(settings.count(), corpus.tieRank());
        this.textSums = new float[size];
        this.metaKeys = corpus.facts().metaKeys;
        this.days = corpus.facts().days;
        this.reachedHere = new long[(size + Long.SIZE - 1) / Long.SIZE];
        this.reachedElsewhere = new long[reachedHere.length];
    }

    /**
     * The indexes of the documents most related to {@code document}, best first.
     *
     * <p>The order of the steps only matters for speed: the strongest candidates come first (same
     * topics, same district, near in time), so that the bar the others must clear is high early.
     */
    int[] mostRelatedTo(int document) {
        if (settings.count() == 0) {
            return new int[0];
        }
        this.document = document;
        int own = document * DocumentFacts.STRIDE;
        ownDay = facts[own + DocumentFacts.DAY];
        ownDistrict = facts[own + DocumentFacts.DISTRICT];
        ownTopicCount = topics.topicCount(document);
        ownKey = metaKeys[document];
        ownSignature = topics.signatures[document];
        best.clear();
        boolean walkTopics = settings.topicWeight() > 0 && ownTopicCount > 0;
        boolean districtCounts = settings.districtWeight() > 0 && ownDistrict != DocumentFacts.NO_DISTRICT;
        if (settings.textWeight() > 0) {
            accumulateText();
        }
        if (walkTopics) {
            if (districtCounts) {
                walkTopicsInOwnDistrict();
            } else {
                walkTopicsEverywhere(false);
            }
        }
        if (settings.textWeight() > 0) {
            scoreTextCandidates();
        }
        if (walkTopics && districtCounts) {
            walkTopicsEverywhere(true);
        }
        if (districtCounts) {
            DistrictTimeline districts = corpus.districts();
            walk(districts.timeline, districts.runStart[ownDistrict], districts.runStart[ownDistrict + 1],
                    districts.positionOnTimeline[document], settings.districtWeight(), false);
        }
        return best.takeBestFirst();
    }

    /** Dot products of unit vectors through the postings of the document's own terms. */
    private void accumulateText() {
        TextIndex text = corpus.text();
        int[] postingDocuments = text.postingDocuments;
        float[] postingWeights = text.postingWeights;
        byte[] postingDistricts = text.postingDistricts;
        // No district matches none, whatever the postings say.
        byte ownCode = ownDistrict == DocumentFacts.NO_DISTRICT ? Byte.MIN_VALUE : TextIndex.districtCode(ownDistrict);
        float[] sums = textSums;
        for (int i = text.documentStart[document]; i < text.documentStart[document + 1]; i++) {
            int term = text.documentTerms[i];
            float weight = text.documentWeights[i];
            for (int p = text.postingStart[term], end = text.postingStart[term + 1]; p < end; p++) {
                int candidate = postingDocuments[p];
                sums[candidate] += weight * postingWeights[p];
                long[] marks = postingDistricts[p] == ownCode ? reachedHere : reachedElsewhere;
                marks[candidate >>> 6] |= 1L << candidate;
            }
        }
    }

    /**
     * Scores the documents reached through text, in the order of their index, so that the sums
     * and keys are read in order too, and clears their sums and marks: from here on, the walks
     * see a text similarity of 0, a lower bound for what they meet again.
     *
     * <p>Bounds come before the exact score, from cheap to dearer. First, with the largest
     * recency factor and topics matching as well as they could, a candidate needs a certain
     * text similarity to enter: one comparison, and for the many of other districts a demanding
     * one. Then the topic overlap is bounded from its meta key (a table look-up), then its real
     * recency factor is used. Only what passes all of them reads the candidate's facts.
     */
    private void scoreTextCandidates() {
        double districtWeight = settings.districtWeight();
        scoreTextCandidates(reachedHere, districtWeight);
        scoreTextCandidates(reachedElsewhere, 0);
    }

    private void scoreTextCandidates(long[] marked, double districtAtMost) {
        RecencyTable recency = corpus.recency();
        double recencyAtMost = 1 + settings.recencyWeight();
        double topicWeight = settings.topicWeight();
        double textWeight = settings.textWeight();
        double topicsAtMost = ownTopicCount > 0 ? topicWeight : 0;
        double[] jaccards = jaccardTable(ownTopicCount);
        float[] sums = textSums;
        // What the score and the text sum must reach; no bar while the list is not full.
        double bar = Double.NEGATIVE_INFINITY;
        float textNeeded = Float.NEGATIVE_INFINITY;
        boolean barRises = true;
        for (int word = 0; word < marked.length; word++) {
            long marks = marked[word];
            marked[word] = 0;
            for (; marks != 0; marks &= marks - 1) {
                int candidate = word << 6 | Long.numberOfTrailingZeros(marks);
                float text = sums[candidate];
                sums[candidate] = 0;
                if (barRises && best.isFull()) {
                    bar = best.weakestScore() - SLACK;
                    // Rounded down to float, so that it never rules out a candidate that could enter.
                    textNeeded = Math.nextDown((float) ((bar / recencyAtMost - topicsAtMost - districtAtMost) / textWeight));
                }
                barRises = false;
                if (text < textNeeded || candidate == document) {
                    continue;
                }
                if (best.isFull()) {
                    int key = metaKeys[candidate];
                    int shared = DocumentFacts.sharedTopicsAtMost(ownKey, ownTopicCount, key);
                    double sum = topicWeight * jaccards[DocumentFacts.jaccardIndex(shared, key)]
                            + (DocumentFacts.maybeSameDistrict(ownKey, key) ? districtAtMost : 0)
                            + textWeight * text;
                    if (sum * recencyAtMost < bar || sum * recency.factor(days[candidate] - ownDay) < bar) {
                        continue;
                    }
                }
                int other = candidate * DocumentFacts.STRIDE;
                barRises = offer(candidate, score(candidate, text, DocumentFacts.signatureAt(facts, other),
                        facts[other + DocumentFacts.DISTRICT], facts[other + DocumentFacts.DAY]));
            }
        }
    }

    /** The table of Jaccard bounds for a document with this many topics, made once per count. */
    private double[] jaccardTable(int topicCount) {
        if (topicCount >= jaccardTables.length) {
            return DocumentFacts.jaccardTable(topicCount);
        }
        if (jaccardTables[topicCount] == null) {
            jaccardTables[topicCount] = DocumentFacts.jaccardTable(topicCount);
        }
        return jaccardTables[topicCount];
    }

    /** Each topic's documents in the document's district, nearest in time first. */
    private void walkTopicsInOwnDistrict() {
        for (int entry = topics.firstTopic(document); entry < topics.endOfTopics(document); entry++) {
            walk(topics.byDistrict, topics.districtRunStart[entry], topics.districtRunEnd[entry],
                    topics.positionByDistrict[entry], settings.topicWeight() + settings.districtWeight(), false);
        }
    }

    /** Each topic's documents in all districts, or in all but the document's own, nearest in time first. */
    private void walkTopicsEverywhere(boolean skipOwnDistrict) {
        for (int entry = topics.firstTopic(document); entry < topics.endOfTopics(document); entry++) {
            int topic = topics.topic(entry);
            walk(topics.byDay, topics.runStart[topic], topics.runStart[topic + 1], topics.positionByDay[entry],
                    settings.topicWeight(), skipOwnDistrict);
        }
    }

    /**
     * Visits the run {@code [first, end)} of a timeline outwards from the document at
     * {@code position}, nearest in time first, until even {@code weightAtMost * recency} could
     * not enter the list. Documents that share text are scored with it while the text sums are
     * there; the walk may stop before reaching them, because they are all scored from the sums.
     *
     * @param skipOwnDistrict leave out documents of the document's district (walked before)
     */
    private void walk(Timeline timeline, int first, int end, int position, double weightAtMost,
            boolean skipOwnDistrict) {
        RecencyTable recency = corpus.recency();
        int[] timelineDays = timeline.days;
        int earlier = position - 1;
        int later = position + 1;
        while (earlier >= first || later < end) {
            boolean takeEarlier = later >= end
                    || earlier >= first && ownDay - timelineDays[earlier] <= timelineDays[later] - ownDay;
            int at = takeEarlier ? earlier-- : later++;
            if (best.isFull() && weightAtMost * recency.factor(timelineDays[at] - ownDay) + SLACK < best.weakestScore()) {
                return;
            }
            int candidate = timeline.documents[at];
            int district = timeline.districts[at];
            if (skipOwnDistrict && district == ownDistrict || best.contains(candidate)) {
                continue;
            }
            offer(candidate, score(candidate, textSums[candidate], timeline.signatures[at], district, timelineDays[at]));
        }
    }

    /** Whether the list changed. */
    private boolean offer(int candidate, double score) {
        return score > 0 && !best.contains(candidate) && best.offer(candidate, score);
    }

    /** The formula documented in the package, given what is known of the candidate. */
    private double score(int candidate, float text, long signature, int district, int day) {
        boolean sameDistrict = ownDistrict != DocumentFacts.NO_DISTRICT && ownDistrict == district;
        double sum = settings.topicWeight() * jaccard(candidate, signature)
                + (sameDistrict ? settings.districtWeight() : 0)
                + settings.textWeight() * text;
        return sum * corpus.recency().factor(day - ownDay);
    }

    /** From the signatures, unless a rare topic makes them inexact: then from the topic lists. */
    private double jaccard(int candidate, long signature) {
        long shared = ownSignature & signature;
        if (shared == 0) {
            return 0;
        }
        if (((ownSignature | signature) & TopicIndex.OVERFLOW) == 0) {
            int inCommon = Long.bitCount(shared);
            return (double) inCommon / (Long.bitCount(ownSignature) + Long.bitCount(signature) - inCommon);
        }
        int inCommon = topics.sharedTopics(document, candidate);
        return inCommon == 0 ? 0 : (double) inCommon / (ownTopicCount + topics.topicCount(candidate) - inCommon);
    }
}
