package de.kiezpress.related;

/**
 * Finds the most related documents of one document at a time; holds the scratch space for it,
 * so each thread uses its own.
 *
 * <p>Candidates are only the documents reached through the document's text terms or topics:
 * their text dot products and shared-topic counts are accumulated side by side in one array
 * indexed by document. A cheap upper bound of each candidate's score is compared with the
 * weakest of the best found so far, and only candidates that could still enter are scored
 * exactly. Documents that share nothing but the district are added last, nearest in time
 * first, while they can still enter the list.
 */
final class Scorer {

    private static final int TEXT = 0;
    private static final int TOPICS = 1;

    private final RelatedSettings settings;
    private final IndexedCorpus corpus;
    private final int[] facts;
    private final TopCandidates best;
    /**
     * Per document, the text dot product and the number of shared topics with the current
     * document; both 0 for documents not reached (yet), and cleared again after each document.
     */
    private final float[] accumulated;
    /** The documents reached, in order; one spare slot for the branch-free append. */
    private final int[] candidates;

    Scorer(RelatedSettings settings, IndexedCorpus corpus) {
        this.settings = settings;
        this.corpus = corpus;
        this.facts = corpus.facts().facts;
        int size = corpus.size();
        this.best = new TopCandidates(settings.count(), corpus.tieRank());
        this.accumulated = new float[2 * size];
        this.candidates = new int[size + 1];
    }

    /** The indexes of the documents most related to {@code document}, best first. */
    int[] mostRelatedTo(int document) {
        if (settings.count() == 0) {
            return new int[0];
        }
        int candidateCount = 0;
        if (settings.textWeight() > 0) {
            candidateCount = accumulateText(document, candidateCount);
        }
        if (settings.topicWeight() > 0) {
            candidateCount = accumulateTopics(document, candidateCount);
        }
        best.clear();
        scoreCandidates(document, candidateCount);
        if (settings.districtWeight() > 0 && district(document) != DocumentFacts.NO_DISTRICT) {
            addNearestOfSameDistrict(document);
        }
        return best.takeBestFirst();
    }

    /** Dot products of unit vectors through the postings of the document's own terms. */
    private int accumulateText(int document, int candidateCount) {
        TextIndex text = corpus.text();
        int[] postingDocuments = text.postingDocuments;
        float[] postingWeights = text.postingWeights;
        float[] sums = accumulated;
        int[] reached = candidates;
        int count = candidateCount;
        for (int i = text.documentStart[document]; i < text.documentStart[document + 1]; i++) {
            int term = text.documentTerms[i];
            float weight = text.documentWeights[i];
            for (int p = text.postingStart[term], end = text.postingStart[term + 1]; p < end; p++) {
                int candidate = postingDocuments[p];
                int slot = 2 * candidate + TEXT;
                float similarity = sums[slot];
                // Weights are positive and topics come later: 0 means "not reached before".
                // Appending unconditionally and counting conditionally avoids a branch the
                // processor could not predict.
                if (similarity == 0) {
                    reached[count++] = candidate;
                }
                sums[slot] = similarity + weight * postingWeights[p];
            }
        }
        return count;
    }

    private int accumulateTopics(int document, int candidateCount) {
        TopicIndex topics = corpus.topics();
        int[] postingDocuments = topics.postingDocuments;
        float[] sums = accumulated;
        int[] reached = candidates;
        int count = candidateCount;
        for (int i = topics.firstTopic(document); i < topics.endOfTopics(document); i++) {
            int topic = topics.topic(i);
            for (int p = topics.postingStart[topic], end = topics.postingStart[topic + 1]; p < end; p++) {
                int candidate = postingDocuments[p];
                int slot = 2 * candidate;
                float shared = sums[slot + TOPICS];
                if (shared == 0 && sums[slot + TEXT] == 0) {
                    reached[count++] = candidate;
                }
                sums[slot + TOPICS] = shared + 1;
            }
        }
        return count;
    }

    /**
     * Scores the candidates and clears their accumulators. The bound replaces the Jaccard index
     * by {@code shared / |own topics|} (the union is never smaller than one's own topics), the
     * district by a match and the recency factor by its maximum, so it needs nothing but the
     * accumulators; once the list is full it rules out most candidates.
     */
    private void scoreCandidates(int document, int candidateCount) {
        int ownTopics = topicCount(document);
        double topicPerShared = ownTopics == 0 ? 0 : settings.topicWeight() / ownTopics;
        double districtAtMost = district(document) != DocumentFacts.NO_DISTRICT ? settings.districtWeight() : 0;
        double recencyAtMost = 1 + settings.recencyWeight();
        // Float sums may differ from exact ones in the last bits: keep the bound above them.
        double slack = 1e-6;
        float[] sums = accumulated;
        for (int i = 0; i < candidateCount; i++) {
            int candidate = candidates[i];
            int slot = 2 * candidate;
            float text = sums[slot + TEXT];
            int shared = (int) sums[slot + TOPICS];
            sums[slot + TEXT] = 0;
            sums[slot + TOPICS] = 0;
            if (candidate == document) {
                continue;
            }
            if (best.isFull()) {
                double bound = (topicPerShared * shared + districtAtMost + settings.textWeight() * text)
                        * recencyAtMost + slack;
                if (bound < best.weakestScore()) {
                    continue;
                }
            }
            offer(candidate, score(document, candidate, text, shared));
        }
    }

    /**
     * Walks the district's timeline outwards from the document. A document sharing only the
     * district scores {@code districtWeight * recency}, which shrinks with the distance in time,
     * so once one cannot enter the list, none further away can.
     *
     * <p>Candidates scored before have a score at least this high: if they were left out, this
     * lower score cannot enter either, since the weakest kept only ever gets stronger; if they
     * are in the list, they must not enter twice.
     */
    private void addNearestOfSameDistrict(int document) {
        DistrictTimeline districts = corpus.districts();
        int[] timeline = districts.timeline;
        int district = district(document);
        int day = day(document);
        int first = districts.timelineStart[district];
        int end = districts.timelineStart[district + 1];
        int earlier = districts.positionOnTimeline[document] - 1;
        int later = districts.positionOnTimeline[document] + 1;
        while (earlier >= first || later < end) {
            boolean takeEarlier = later >= end
                    || earlier >= first && day - day(timeline[earlier]) <= day(timeline[later]) - day;
            int candidate = takeEarlier ? timeline[earlier--] : timeline[later++];
            double score = score(document, candidate, 0, 0);
            if (best.isFull() && score < best.weakestScore()) {
                return;
            }
            if (!best.contains(candidate)) {
                offer(candidate, score);
            }
        }
    }

    private void offer(int candidate, double score) {
        if (score > 0) {
            best.offer(candidate, score);
        }
    }

    /** The formula documented in the package: the weighted sum, scaled by the recency factor. */
    private double score(int document, int candidate, float text, int topicsInCommon) {
        int own = document * DocumentFacts.STRIDE;
        int other = candidate * DocumentFacts.STRIDE;
        double jaccard = topicsInCommon == 0 ? 0 : (double) topicsInCommon
                / (facts[own + DocumentFacts.TOPIC_COUNT] + facts[other + DocumentFacts.TOPIC_COUNT] - topicsInCommon);
        int district = facts[own + DocumentFacts.DISTRICT];
        boolean sameDistrict = district != DocumentFacts.NO_DISTRICT && district == facts[other + DocumentFacts.DISTRICT];
        double sum = settings.topicWeight() * jaccard
                + (sameDistrict ? settings.districtWeight() : 0)
                + settings.textWeight() * text;
        return sum * corpus.recency().factor(facts[other + DocumentFacts.DAY] - facts[own + DocumentFacts.DAY]);
    }

    private int day(int document) {
        return facts[document * DocumentFacts.STRIDE + DocumentFacts.DAY];
    }

    private int district(int document) {
        return facts[document * DocumentFacts.STRIDE + DocumentFacts.DISTRICT];
    }

    private int topicCount(int document) {
        return facts[document * DocumentFacts.STRIDE + DocumentFacts.TOPIC_COUNT];
    }
}
