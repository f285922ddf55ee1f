package de.kiezpress.related;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Each document's topics, as sorted ids and as a signature, and each topic's documents in order
 * of date: once over all districts, and once grouped by district, so that scoring can visit the
 * documents of a topic nearest in time first, those of the same district before the others.
 *
 * <p>A signature has one bit for each of the 63 most frequent topics and a shared overflow bit
 * ({@link #OVERFLOW}) for all others. Without the overflow bit it is the exact topic set, so
 * the Jaccard index of two documents comes from two longs; with it, the lists must be merged.
 */
final class TopicIndex {

    static final long OVERFLOW = 1L << 63;

    /** Row {@code d} is {@code [topicStart[d], topicStart[d + 1])} of {@link #topicIds}. */
    private final int[] topicStart;
    private final int[] topicIds;
    final long[] signatures;
    /** Run {@code t} of both timelines is {@code [runStart[t], runStart[t + 1])}. */
    final int[] runStart;
    /** Each topic's documents by day, then index. */
    final Timeline byDay;
    /** Each topic's documents by district, then day, then index. */
    final Timeline byDistrict;
    /** For each entry of {@link #topicIds}: where its document is on the topic's timelines. */
    final int[] positionByDay;
    final int[] positionByDistrict;
    /** For each entry of {@link #topicIds}: its document's district's part of the topic's run. */
    final int[] districtRunStart;
    final int[] districtRunEnd;

    private TopicIndex(int[] topicStart, int[] topicIds, long[] signatures, int[] runStart, Timeline byDay,
            Timeline byDistrict, int[] positionByDay, int[] positionByDistrict, int[] districtRunStart,
            int[] districtRunEnd) {
        this.topicStart = topicStart;
        this.topicIds = topicIds;
        this.signatures = signatures;
        this.runStart = runStart;
        this.byDay = byDay;
        this.byDistrict = byDistrict;
        this.positionByDay = positionByDay;
        this.positionByDistrict = positionByDistrict;
        this.districtRunStart = districtRunStart;
        this.districtRunEnd = districtRunEnd;
    }

    static TopicIndex build(List<? extends Document> documents, int[] epochDays, int[] districtOf) {
        TreeSet<String> names = new TreeSet<>();
        for (Document document : documents) {
            names.addAll(document.topics());
        }
        List<String> alphabetical = List.copyOf(names);
        int size = documents.size();
        int[] topicStart = new int[size + 1];
        int[][] perDocument = new int[size][];
        for (int d = 0; d < size; d++) {
            perDocument[d] = topicIdsOf(documents.get(d), alphabetical);
            topicStart[d + 1] = topicStart[d] + perDocument[d].length;
        }
        int entries = topicStart[size];
        int[] topicIds = new int[entries];
        int[] documentOf = new int[entries];
        int[] runStart = new int[alphabetical.size() + 1];
        for (int d = 0; d < size; d++) {
            System.arraycopy(perDocument[d], 0, topicIds, topicStart[d], perDocument[d].length);
            Arrays.fill(documentOf, topicStart[d], topicStart[d + 1], d);
            for (int topic : perDocument[d]) {
                runStart[topic + 1]++;
            }
        }
        Arrays.parallelPrefix(runStart, Integer::sum);
        long[] signatures = signatures(topicStart, topicIds, signatureBits(runStart));

        int[] byDayEntries = byTopicThenDay(topicIds, documentOf, epochDays, runStart);
        int[] byDistrictEntries = byTopicThenDistrict(byDayEntries, documentOf, districtOf, runStart);
        int[] positionByDay = new int[entries];
        int[] positionByDistrict = new int[entries];
        int[] byDayOrder = new int[entries];
        int[] byDistrictOrder = new int[entries];
        for (int position = 0; position < entries; position++) {
            positionByDay[byDayEntries[position]] = position;
            positionByDistrict[byDistrictEntries[position]] = position;
            byDayOrder[position] = documentOf[byDayEntries[position]];
            byDistrictOrder[position] = documentOf[byDistrictEntries[position]];
        }
        int[] districtRunStart = new int[entries];
        int[] districtRunEnd = new int[entries];
        for (int first = 0; first < entries; ) {
            int end = first + 1;
            while (end < entries && topicIds[byDistrictEntries[end]] == topicIds[byDistrictEntries[first]]
                    && districtOf[byDistrictOrder[end]] == districtOf[byDistrictOrder[first]]) {
                end++;
            }
            for (int position = first; position < end; position++) {
                districtRunStart[byDistrictEntries[position]] = first;
                districtRunEnd[byDistrictEntries[position]] = end;
            }
            first = end;
        }
        return new TopicIndex(topicStart, topicIds, signatures, runStart,
                new Timeline(byDayOrder, epochDays, districtOf, signatures),
                new Timeline(byDistrictOrder, epochDays, districtOf, signatures),
                positionByDay, positionByDistrict, districtRunStart, districtRunEnd);
    }

    /** The most frequent topics get a bit of their own; ties go to the alphabetically first. */
    private static int[] signatureBits(int[] runStart) {
        int topicCount = runStart.length - 1;
        Integer[] byFrequency = new Integer[topicCount];
        Arrays.setAll(byFrequency, topic -> topic);
        Arrays.sort(byFrequency, Comparator.<Integer>comparingInt(topic -> runStart[topic] - runStart[topic + 1])
                .thenComparingInt(topic -> topic));
        int[] bits = new int[topicCount];
        for (int rank = 0; rank < topicCount; rank++) {
            bits[byFrequency[rank]] = Math.min(rank, Long.SIZE - 1);
        }
        return bits;
    }

    private static long[] signatures(int[] topicStart, int[] topicIds, int[] signatureBits) {
        long[] signatures = new long[topicStart.length - 1];
        for (int d = 0; d < signatures.length; d++) {
            for (int entry = topicStart[d]; entry < topicStart[d + 1]; entry++) {
                signatures[d] |= 1L << signatureBits[topicIds[entry]];
            }
        }
        return signatures;
    }

    /** A document's topics as sorted, distinct ids. */
    private static int[] topicIdsOf(Document document, List<String> alphabetical) {
        int[] ids = new int[document.topics().size()];
        int count = 0;
        for (String topic : document.topics()) {
            // Sorted by the same natural order, so the search finds every topic.
            ids[count++] = Collections.binarySearch(alphabetical, topic);
        }
        Arrays.sort(ids); // equal ids are one topic named twice, merged just below
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || ids[i] != ids[distinct - 1]) {
                ids[distinct++] = ids[i];
            }
        }
        return distinct == ids.length ? ids : Arrays.copyOf(ids, distinct);
    }

    /**
     * Entries by topic, then day, then document index. A topic has one entry per document and
     * entries are numbered in document order, so (day, entry) keys order each run totally.
     */
    private static int[] byTopicThenDay(int[] topicIds, int[] documentOf, int[] days, int[] runStart) {
        int firstDay = Arrays.stream(days).min().orElse(0);
        int[] fill = Arrays.copyOf(runStart, runStart.length - 1);
        long[] keys = new long[topicIds.length];
        for (int entry = 0; entry < topicIds.length; entry++) {
            keys[fill[topicIds[entry]]++] = (long) (days[documentOf[entry]] - firstDay) << 32 | entry;
        }
        return sortRuns(keys, runStart);
    }

    /** The same entries by topic, then district, then (as before) day and document index. */
    private static int[] byTopicThenDistrict(int[] byDay, int[] documentOf, int[] districtOf, int[] runStart) {
        long[] keys = new long[byDay.length];
        for (int position = 0; position < byDay.length; position++) {
            keys[position] = (long) (districtOf[documentOf[byDay[position]]] + 1) << 32 | position;
        }
        int[] positions = sortRuns(keys, runStart);
        int[] entries = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            entries[i] = byDay[positions[i]];
        }
        return entries;
    }

    /** Sorts each run of keys and returns their low halves. */
    private static int[] sortRuns(long[] keys, int[] runStart) {
        IntStream.range(0, runStart.length - 1).parallel()
                .forEach(run -> Arrays.sort(keys, runStart[run], runStart[run + 1]));
        int[] lowHalves = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            lowHalves[i] = (int) keys[i];
        }
        return lowHalves;
    }

    int firstTopic(int document) {
        return topicStart[document];
    }

    int endOfTopics(int document) {
        return topicStart[document + 1];
    }

    /** The topic id at an entry of a document's row. */
    int topic(int entry) {
        return topicIds[entry];
    }

    int topicCount(int document) {
        return topicStart[document + 1] - topicStart[document];
    }

    /** How many topics two documents share: a merge of two short sorted rows. */
    int sharedTopics(int document, int other) {
        int i = topicStart[document];
        int iEnd = topicStart[document + 1];
        int j = topicStart[other];
        int jEnd = topicStart[other + 1];
        int shared = 0;
        while (i < iEnd && j < jEnd) {
            int order = Integer.compare(topicIds[i], topicIds[j]);
            shared += order == 0 ? 1 : 0;
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }
        return shared;
    }
}
