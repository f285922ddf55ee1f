package de.kiezpress.related;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Each document's topics as sorted ids, and each topic's documents in order of date: once over
 * all districts, and once grouped by district, so that scoring can visit the documents of a
 * topic nearest in time first, those of the same district before the others.
 */
final class TopicIndex {

    /** Row {@code d} is {@code [topicStart[d], topicStart[d + 1])} of {@link #topicIds}. */
    private final int[] topicStart;
    private final int[] topicIds;
    /** Row {@code t} of the timelines is {@code [timelineStart[t], timelineStart[t + 1])}. */
    final int[] timelineStart;
    /** Each topic's documents by day, then by index; with their days alongside. */
    final int[] byDay;
    final int[] byDayDays;
    /** Each topic's documents by district, then day, then index; with their days alongside. */
    final int[] byDistrict;
    final int[] byDistrictDays;
    /** For each entry of {@link #topicIds}: where its document is on the topic's timelines. */
    final int[] positionByDay;
    final int[] positionByDistrict;
    /** For each entry of {@link #topicIds}: the run of its document's district in {@link #byDistrict}. */
    final int[] districtRunStart;
    final int[] districtRunEnd;

    /** Per topic, its bit in a topic signature: 0–62 by frequency, 63 for all rarer topics. */
    private final int[] signatureBits;

    private TopicIndex(int[] topicStart, int[] topicIds, Timelines timelines) {
        this.topicStart = topicStart;
        this.topicIds = topicIds;
        this.signatureBits = signatureBits(timelines.start);
        this.timelineStart = timelines.start;
        this.byDay = timelines.byDay;
        this.byDayDays = timelines.byDayDays;
        this.byDistrict = timelines.byDistrict;
        this.byDistrictDays = timelines.byDistrictDays;
        this.positionByDay = timelines.positionByDay;
        this.positionByDistrict = timelines.positionByDistrict;
        this.districtRunStart = timelines.districtRunStart;
        this.districtRunEnd = timelines.districtRunEnd;
    }

    static TopicIndex build(List<? extends Document> documents, int[] epochDays, int[] districts) {
        TreeSet<String> names = new TreeSet<>();
        for (Document document : documents) {
            names.addAll(document.topics());
        }
        List<String> alphabetical = List.copyOf(names);
        int size = documents.size();
        int[][] perDocument = new int[size][];
        int[] topicStart = new int[size + 1];
        for (int d = 0; d < size; d++) {
            perDocument[d] = documents.get(d).topics().stream()
                    // Sorted by the same natural order, so the search finds every topic.
                    .mapToInt(topic -> Collections.binarySearch(alphabetical, topic))
                    .sorted().distinct().toArray();
            topicStart[d + 1] = topicStart[d] + perDocument[d].length;
        }
        int[] topicIds = new int[topicStart[size]];
        for (int d = 0; d < size; d++) {
            System.arraycopy(perDocument[d], 0, topicIds, topicStart[d], perDocument[d].length);
        }
        return new TopicIndex(topicStart, topicIds,
                Timelines.build(topicStart, topicIds, alphabetical.size(), epochDays, districts));
    }

    /** The most frequent topics get a bit of their own; ties go to the alphabetically first. */
    private static int[] signatureBits(int[] timelineStart) {
        int topicCount = timelineStart.length - 1;
        Integer[] byFrequency = new Integer[topicCount];
        Arrays.setAll(byFrequency, topic -> topic);
        Arrays.sort(byFrequency, Comparator.<Integer>comparingInt(topic -> timelineStart[topic] - timelineStart[topic + 1])
                .thenComparingInt(topic -> topic));
        int[] bits = new int[topicCount];
        for (int rank = 0; rank < topicCount; rank++) {
            bits[byFrequency[rank]] = Math.min(rank, Long.SIZE - 1);
        }
        return bits;
    }

    int signatureBit(int topic) {
        return signatureBits[topic];
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

    /** The two orders of each topic's documents and where each document is in them. */
    private record Timelines(int[] start, int[] byDay, int[] byDayDays, int[] byDistrict, int[] byDistrictDays,
            int[] positionByDay, int[] positionByDistrict, int[] districtRunStart, int[] districtRunEnd) {

        static Timelines build(int[] topicStart, int[] topicIds, int topicCount, int[] days, int[] districts) {
            int size = topicStart.length - 1;
            int entries = topicIds.length;
            int[] documentOf = new int[entries];
            for (int d = 0; d < size; d++) {
                Arrays.fill(documentOf, topicStart[d], topicStart[d + 1], d);
            }
            Integer[] byDayEntries = new Integer[entries];
            Arrays.setAll(byDayEntries, entry -> entry);
            Integer[] byDistrictEntries = byDayEntries.clone();
            // Entries are ordered by topic first, so each topic's entries form one run.
            Arrays.sort(byDayEntries, (left, right) -> compare(topicIds, documentOf, days, null, left, right));
            Arrays.sort(byDistrictEntries, (left, right) -> compare(topicIds, documentOf, days, districts, left, right));
            int[] start = new int[topicCount + 1];
            for (int topic : topicIds) {
                start[topic + 1]++;
            }
            Arrays.parallelPrefix(start, Integer::sum);
            int[] byDay = new int[entries];
            int[] byDayDays = new int[entries];
            int[] byDistrict = new int[entries];
            int[] byDistrictDays = new int[entries];
            int[] positionByDay = new int[entries];
            int[] positionByDistrict = new int[entries];
            for (int position = 0; position < entries; position++) {
                byDay[position] = documentOf[byDayEntries[position]];
                byDayDays[position] = days[byDay[position]];
                positionByDay[byDayEntries[position]] = position;
                byDistrict[position] = documentOf[byDistrictEntries[position]];
                byDistrictDays[position] = days[byDistrict[position]];
                positionByDistrict[byDistrictEntries[position]] = position;
            }
            int[] districtRunStart = new int[entries];
            int[] districtRunEnd = new int[entries];
            for (int runStart = 0; runStart < entries; ) {
                int runEnd = runStart + 1;
                while (runEnd < entries
                        && topicIds[byDistrictEntries[runEnd]] == topicIds[byDistrictEntries[runStart]]
                        && districts[byDistrict[runEnd]] == districts[byDistrict[runStart]]) {
                    runEnd++;
                }
                for (int position = runStart; position < runEnd; position++) {
                    districtRunStart[byDistrictEntries[position]] = runStart;
                    districtRunEnd[byDistrictEntries[position]] = runEnd;
                }
                runStart = runEnd;
            }
            return new Timelines(start, byDay, byDayDays, byDistrict, byDistrictDays,
                    positionByDay, positionByDistrict, districtRunStart, districtRunEnd);
        }

        /** By topic, then district (if given), then day, then document index: a total order. */
        private static int compare(int[] topicIds, int[] documentOf, int[] days, int[] districts, int left, int right) {
            int order = Integer.compare(topicIds[left], topicIds[right]);
            int leftDocument = documentOf[left];
            int rightDocument = documentOf[right];
            if (order == 0 && districts != null) {
                order = Integer.compare(districts[leftDocument], districts[rightDocument]);
            }
            if (order == 0) {
                order = Integer.compare(days[leftDocument], days[rightDocument]);
            }
            return order != 0 ? order : Integer.compare(leftDocument, rightDocument);
        }
    }
}
