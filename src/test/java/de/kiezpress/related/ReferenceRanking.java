package de.kiezpress.related;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The documented score computed the slow, obvious way: every document against every other, for
 * checking that the fast scorer's pruning never changes a result.
 */
final class ReferenceRanking {

    record Scored(int document, double score) {
    }

    private final IndexedCorpus corpus;
    private final RelatedSettings settings;
    /** Each document's text vector as term id → weight. */
    private final List<Map<Integer, Float>> vectors = new ArrayList<>();
    private final List<Set<Integer>> topicSets = new ArrayList<>();

    ReferenceRanking(RelatedIndex index) {
        this.corpus = index.corpus();
        this.settings = index.settings();
        TextIndex text = corpus.text();
        for (int d = 0; d < corpus.size(); d++) {
            Map<Integer, Float> vector = new HashMap<>();
            for (int i = text.documentStart[d]; i < text.documentStart[d + 1]; i++) {
                vector.put(text.documentTerms[i], text.documentWeights[i]);
            }
            vectors.add(vector);
            Set<Integer> topics = new HashSet<>();
            for (int i = corpus.topics().firstTopic(d); i < corpus.topics().endOfTopics(d); i++) {
                topics.add(corpus.topics().topic(i));
            }
            topicSets.add(topics);
        }
    }

    /** Every other document with a positive score, best first, ties by the index's tie rank. */
    List<Scored> ranking(int document) {
        List<Scored> scored = new ArrayList<>();
        for (int other = 0; other < corpus.size(); other++) {
            if (other != document) {
                double score = score(document, other);
                if (score > 0) {
                    scored.add(new Scored(other, score));
                }
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparingInt(s -> corpus.tieRank()[s.document()]));
        return scored;
    }

    double score(int document, int other) {
        double jaccard = jaccard(document, other);
        int district = corpus.facts().district(document);
        boolean sameDistrict = district != DocumentFacts.NO_DISTRICT && district == corpus.facts().district(other);
        double days = Math.abs(corpus.facts().day(document) - corpus.facts().day(other));
        double recency = 1 + settings.recencyWeight() * Math.pow(2, -days / settings.recencyHalfLifeDays());
        return (settings.topicWeight() * jaccard
                + (sameDistrict ? settings.districtWeight() : 0)
                + settings.textWeight() * cosine(document, other)) * recency;
    }

    double cosine(int document, int other) {
        TextIndex text = corpus.text();
        Map<Integer, Float> otherWeights = vectors.get(other);
        // Summed like the scorer does: in float, in the order of the document's own terms.
        float dot = 0;
        for (int i = text.documentStart[document]; i < text.documentStart[document + 1]; i++) {
            dot += text.documentWeights[i] * otherWeights.getOrDefault(text.documentTerms[i], 0f);
        }
        return dot;
    }

    private double jaccard(int document, int other) {
        Set<Integer> mine = topicSets.get(document);
        Set<Integer> theirs = topicSets.get(other);
        int shared = (int) mine.stream().filter(theirs::contains).count();
        int union = mine.size() + theirs.size() - shared;
        return union == 0 ? 0 : (double) shared / union;
    }
}
