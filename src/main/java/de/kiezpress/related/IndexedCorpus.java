package de.kiezpress.related;

/**
 * Everything scoring reads, built once and never changed, so any number of threads can score.
 *
 * @param tieRank each document's place when ordered newer first, then by slug, then by id
 */
record IndexedCorpus(
        TextIndex text,
        TopicIndex topics,
        DistrictTimeline districts,
        DocumentFacts facts,
        int[] tieRank,
        RecencyTable recency) {

    int size() {
        return tieRank.length;
    }
}
