package de.kiezpress.related;

/**
 * How related articles are ranked; see the package documentation for the formula.
 *
 * <p>{@code score = (topicWeight * jaccard(topics) + districtWeight * sameDistrict
 * + textWeight * cosine(text)) * (1 + recencyWeight * 2^(-daysApart / recencyHalfLifeDays))}.
 *
 * @param count how many related articles each article gets (SPEC: {@code related.count})
 * @param topicWeight weight of the Jaccard overlap of the topic sets (0..1)
 * @param districtWeight weight of naming the same district (0 or 1)
 * @param textWeight weight of the cosine similarity of the TF-IDF text vectors (0..1)
 * @param recencyWeight how much closeness in time raises a score: at most by this fraction, for
 *     articles of the same day, half of it at {@code recencyHalfLifeDays} apart
 * @param recencyHalfLifeDays the distance in days at which the recency bonus halves
 * @param maxDocumentFrequency terms found in more than this fraction of the articles are ignored
 *     (Hugo's cardinality threshold): they describe the site, not the article, and their long
 *     postings would dominate the running time
 * @param documentFrequencyFloor a term found in at most this many articles is never ignored for
 *     being frequent, so that a small site keeps its vocabulary (10% of 30 articles is only 3)
 * @param termsPerDocument how many of its heaviest terms represent an article's text
 * @param maxTextLength how many characters of {@link Document#text()} are analysed: title,
 *     summary and the opening of a press release name its subject; the rest mostly repeats it,
 *     and analysis is most of the build time
 */
public record RelatedSettings(
        int count,
        double topicWeight,
        double districtWeight,
        double textWeight,
        double recencyWeight,
        int recencyHalfLifeDays,
        double maxDocumentFrequency,
        int documentFrequencyFloor,
        int termsPerDocument,
        int maxTextLength) {

    public RelatedSettings {
        requireAtLeast("count", count, 0);
        requireWeight("topicWeight", topicWeight);
        requireWeight("districtWeight", districtWeight);
        requireWeight("textWeight", textWeight);
        requireWeight("recencyWeight", recencyWeight);
        requireAtLeast("recencyHalfLifeDays", recencyHalfLifeDays, 1);
        if (!(maxDocumentFrequency > 0 && maxDocumentFrequency <= 1)) {
            throw new IllegalArgumentException(
                    "maxDocumentFrequency must be a fraction in (0, 1], was " + maxDocumentFrequency);
        }
        requireAtLeast("documentFrequencyFloor", documentFrequencyFloor, 0);
        requireAtLeast("termsPerDocument", termsPerDocument, 1);
        requireAtLeast("maxTextLength", maxTextLength, 1);
    }

    /**
     * Five related articles. Topics are chosen by the editors and text similarity catches what
     * they share beyond that, so both weigh most: a cosine of 0.3, typical for two articles on
     * the same matter, counts as much as sharing half of their topics. The same district counts
     * like sharing a third of them: it matters to a district's readers but must not pull an
     * unrelated article of the same district above one on the same subject elsewhere. Recency
     * adds at most 20% (10% a year apart), enough to prefer the newer of two similar articles.
     * Terms in more than 10% of the articles are ignored (on a district news site those are
     * words like "Bezirk", "Berlin", "Projekt", or a topic's own name, which topics already
     * count); 25 terms per article, as Lucene's MoreLikeThis uses for its queries; the first
     * 4,000 characters, which hold title, summary and about 500 words.
     */
    public static RelatedSettings defaults() {
        return new RelatedSettings(5, 1.0, 0.3, 2.0, 0.2, 365, 0.1, 10, 25, 4_000);
    }

    /** These settings with another count. */
    public RelatedSettings withCount(int newCount) {
        return new RelatedSettings(newCount, topicWeight, districtWeight, textWeight, recencyWeight,
                recencyHalfLifeDays, maxDocumentFrequency, documentFrequencyFloor, termsPerDocument,
                maxTextLength);
    }

    private static void requireAtLeast(String name, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum + ", was " + value);
        }
    }

    private static void requireWeight(String name, double value) {
        if (!(value >= 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, was " + value);
        }
    }
}
