package de.kiezpress.related;

import de.kiezpress.related.GermanTextAnalyzer.TermCounts;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Each document's heaviest TF-IDF terms as a unit vector, and the inverted index of those
 * vectors (term → documents), both as compressed rows of primitive arrays.
 *
 * <p>Indexing only the short vectors, not every word, keeps the postings short and still gives
 * exact dot products of the short vectors: a term counts for a pair of documents only if it is
 * in both vectors, and then it is in both postings.
 */
final class TextIndex {

    private static final float[] LOG_TERM_FREQUENCY = new float[256];

    static {
        for (int count = 1; count < LOG_TERM_FREQUENCY.length; count++) {
            // StrictMath: the same bits in every run, whether interpreted or compiled.
            LOG_TERM_FREQUENCY[count] = (float) (1 + StrictMath.log(count));
        }
    }

    /** Row {@code d} of the document vectors is {@code [documentStart[d], documentStart[d + 1])}. */
    final int[] documentStart;
    /** Sorted by weight, heaviest first, then by term id. */
    final int[] documentTerms;
    final float[] documentWeights;
    /** Row {@code t} of the postings is {@code [postingStart[t], postingStart[t + 1])}. */
    final int[] postingStart;
    /** Sorted by document index. */
    final int[] postingDocuments;
    final float[] postingWeights;
    /**
     * The {@link #districtCode} of each posting's document: read in order with the postings,
     * it tells which candidates are of the document's own district without looking them up.
     */
    final byte[] postingDistricts;

    private TextIndex(int[] documentStart, int[] documentTerms, float[] documentWeights,
            int[] postingStart, int[] postingDocuments, float[] postingWeights, byte[] postingDistricts) {
        this.documentStart = documentStart;
        this.documentTerms = documentTerms;
        this.documentWeights = documentWeights;
        this.postingStart = postingStart;
        this.postingDocuments = postingDocuments;
        this.postingWeights = postingWeights;
        this.postingDistricts = postingDistricts;
    }

    /** 0 for no district, 1–254 for the first districts, 255 for all others ("maybe the same"). */
    static byte districtCode(int district) {
        return (byte) (district == DocumentFacts.NO_DISTRICT ? 0 : Math.min(district + 1, 255));
    }

    /** A text index, and the analyses of its documents' texts for the next build (if asked to keep them). */
    record Built(TextIndex index, TextAnalyses analyses) {
    }

    /**
     * Analyses the documents' texts, those {@code previous} has not analysed already, and indexes
     * them; the result is the same whatever {@code previous} holds.
     *
     * @param keep whether to return the analyses for the next build, else {@link TextAnalyses#NONE}
     */
    static Built build(List<? extends Document> documents, RelatedSettings settings, int[] districtOf,
            TextAnalyses previous, boolean keep) {
        int size = documents.size();
        int textLimit = settings.maxTextLength();
        boolean fromPrevious = previous.dictionary != null && previous.maxTextLength == textLimit;
        TermDictionary dictionary = fromPrevious ? previous.dictionary : new TermDictionary();
        TermCounts[] counts = new TermCounts[size];
        TextAnalyses.Analysis[] kept = keep ? new TextAnalyses.Analysis[size] : null;
        // Without analyses from before every text is analysed, read only then: a caller may well
        // assemble it on demand, and it need not stay in memory. Otherwise each text is read first
        // (once only) to see whether it changed, and kept until analysed if it did.
        String[] texts = fromPrevious ? new String[size] : null;
        int[] toAnalyse = new int[size];
        int newTexts = 0;
        for (int d = 0; d < size; d++) {
            if (!fromPrevious) {
                toAnalyse[newTexts++] = d;
                continue;
            }
            String text = textOf(documents.get(d));
            TextAnalyses.Analysis before = previous.reusable(documents.get(d).id(), text, textLimit);
            if (before != null) {
                counts[d] = before.counts();
                if (keep) {
                    kept[d] = before;
                }
            } else {
                texts[d] = text;
                toAnalyse[newTexts++] = d;
            }
        }
        Parallel.forEachBlock(newTexts, new ConcurrentLinkedQueue<GermanTextAnalyzer>(),
                () -> new GermanTextAnalyzer(dictionary, textLimit),
                (analyzer, from, to) -> {
                    for (int i = from; i < to; i++) {
                        int d = toAnalyse[i];
                        String text = texts != null ? texts[d] : textOf(documents.get(d));
                        if (texts != null) {
                            texts[d] = null;
                        }
                        counts[d] = analyzer.analyse(text);
                        if (keep) {
                            kept[d] = new TextAnalyses.Analysis(text, counts[d]);
                        }
                    }
                });
        TermDictionary.Alphabet alphabet = dictionary.alphabet(fromPrevious ? previous.alphabet : TermDictionary.Alphabet.EMPTY);
        int[] rank = alphabet.rank;
        int[] documentFrequency = new int[alphabet.size()];
        for (TermCounts termCounts : counts) {
            for (int term : termCounts.termIds()) {
                documentFrequency[term]++;
            }
        }
        float[] idf = inverseDocumentFrequencies(documentFrequency, size, settings);
        TextAnalyses analyses = keep ? analyses(documents, kept, dictionary, alphabet, documentFrequency, textLimit)
                : TextAnalyses.NONE;

        int[][] vectorTerms = new int[size][];
        float[][] vectorWeights = new float[size][];
        Parallel.forEachBlock(size, (from, to) -> {
            for (int d = from; d < to; d++) {
                long[] keys = weightedKeys(counts[d], idf, rank);
                counts[d] = null; // let the counts go as soon as they are used
                vectorTerms[d] = heaviestTerms(keys, settings.termsPerDocument());
                vectorWeights[d] = unitWeights(keys, vectorTerms[d].length);
            }
        });
        return new Built(fromVectors(vectorTerms, vectorWeights, alphabet.size(), districtOf), analyses);
    }

    /**
     * What the next build takes over. A dictionary keeps the terms of texts that have changed or
     * gone; once those are more than the terms in use, the next build starts a new one.
     */
    private static TextAnalyses analyses(List<? extends Document> documents, TextAnalyses.Analysis[] kept,
            TermDictionary dictionary, TermDictionary.Alphabet alphabet, int[] documentFrequency, int textLimit) {
        int inUse = 0;
        for (int df : documentFrequency) {
            if (df > 0) {
                inUse++;
            }
        }
        if (alphabet.size() > 2 * inUse + 1024) {
            return TextAnalyses.NONE;
        }
        Map<String, TextAnalyses.Analysis> byId = new HashMap<>(2 * documents.size());
        for (int d = 0; d < kept.length; d++) {
            byId.put(documents.get(d).id(), kept[d]);
        }
        return new TextAnalyses(dictionary, textLimit, byId, alphabet);
    }

    private static String textOf(Document document) {
        return Objects.requireNonNull(document.text(), () -> "document '" + document.id() + "': text is null");
    }

    /**
     * {@code 1 + ln((n + 1) / (df + 1))}, always positive; 0 marks a term left out: found in one
     * document only, or in more than the allowed share of them.
     */
    private static float[] inverseDocumentFrequencies(int[] documentFrequency, int size,
            RelatedSettings settings) {
        double limit = Math.max(settings.maxDocumentFrequency() * size, settings.documentFrequencyFloor());
        float[] idf = new float[documentFrequency.length];
        for (int t = 0; t < idf.length; t++) {
            int df = documentFrequency[t];
            if (df >= 2 && df <= limit) {
                // StrictMath: the same bits in every run, whether interpreted or compiled.
                idf[t] = (float) (1 + StrictMath.log((size + 1.0) / (df + 1.0)));
            }
        }
        return idf;
    }

    /**
     * The kept terms of one document as sortable keys: weight bits above, the complement of the
     * term's alphabetical rank below, so that ascending order is by weight, then by descending
     * rank, and the last keys are the heaviest terms, ties going to the alphabetically first.
     * From here on a term is known by its rank.
     */
    private static long[] weightedKeys(TermCounts counts, float[] idf, int[] rank) {
        int[] termIds = counts.termIds();
        int[] termCounts = counts.counts();
        long[] keys = new long[termIds.length];
        int kept = 0;
        for (int i = 0; i < termIds.length; i++) {
            float inverse = idf[termIds[i]];
            if (inverse > 0) {
                float weight = logTermFrequency(termCounts[i]) * inverse;
                keys[kept++] = (long) Float.floatToIntBits(weight) << 32 | (~rank[termIds[i]] & 0xFFFF_FFFFL);
            }
        }
        keys = Arrays.copyOf(keys, kept);
        Arrays.sort(keys);
        return keys;
    }

    /** {@code 1 + ln tf}, sublinear so that a word repeated ten times is not ten times the subject. */
    private static float logTermFrequency(int count) {
        return count < LOG_TERM_FREQUENCY.length
                ? LOG_TERM_FREQUENCY[count]
                : (float) (1 + StrictMath.log(count));
    }

    private static int[] heaviestTerms(long[] sortedKeys, int limit) {
        int[] terms = new int[Math.min(limit, sortedKeys.length)];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = ~(int) sortedKeys[sortedKeys.length - 1 - i];
        }
        return terms;
    }

    private static float[] unitWeights(long[] sortedKeys, int length) {
        float[] weights = new float[length];
        double squares = 0;
        for (int i = 0; i < length; i++) {
            weights[i] = Float.intBitsToFloat((int) (sortedKeys[sortedKeys.length - 1 - i] >>> 32));
            squares += (double) weights[i] * weights[i];
        }
        double norm = Math.sqrt(squares);
        for (int i = 0; i < length; i++) {
            weights[i] = (float) (weights[i] / norm);
        }
        return weights;
    }

    private static TextIndex fromVectors(int[][] vectorTerms, float[][] vectorWeights, int termCount,
            int[] districtOf) {
        int size = vectorTerms.length;
        int[] documentStart = new int[size + 1];
        int[] postingStart = new int[termCount + 1];
        for (int d = 0; d < size; d++) {
            documentStart[d + 1] = documentStart[d] + vectorTerms[d].length;
            for (int term : vectorTerms[d]) {
                postingStart[term + 1]++;
            }
        }
        for (int t = 0; t < termCount; t++) {
            postingStart[t + 1] += postingStart[t];
        }
        int total = documentStart[size];
        int[] documentTerms = new int[total];
        float[] documentWeights = new float[total];
        int[] postingDocuments = new int[total];
        float[] postingWeights = new float[total];
        byte[] postingDistricts = new byte[total];
        int[] postingEnd = Arrays.copyOf(postingStart, termCount);
        for (int d = 0; d < size; d++) {
            System.arraycopy(vectorTerms[d], 0, documentTerms, documentStart[d], vectorTerms[d].length);
            System.arraycopy(vectorWeights[d], 0, documentWeights, documentStart[d], vectorWeights[d].length);
            for (int i = 0; i < vectorTerms[d].length; i++) {
                int slot = postingEnd[vectorTerms[d][i]]++;
                postingDocuments[slot] = d;
                postingWeights[slot] = vectorWeights[d][i];
                postingDistricts[slot] = districtCode(districtOf[d]);
            }
        }
        return new TextIndex(documentStart, documentTerms, documentWeights,
                postingStart, postingDocuments, postingWeights, postingDistricts);
    }
}
