package de.kiezpress.related;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/** Each document's topics as sorted ids, and for each topic the documents that have it. */
final class TopicIndex {

    /** Row {@code d} is {@code [topicStart[d], topicStart[d + 1])} of {@link #topicIds}. */
    private final int[] topicStart;
    private final int[] topicIds;
    /** Row {@code t} is {@code [postingStart[t], postingStart[t + 1])} of {@link #postingDocuments}. */
    final int[] postingStart;
    /** Sorted by document index. */
    final int[] postingDocuments;

    private TopicIndex(int[] topicStart, int[] topicIds, int[] postingStart, int[] postingDocuments) {
        this.topicStart = topicStart;
        this.topicIds = topicIds;
        this.postingStart = postingStart;
        this.postingDocuments = postingDocuments;
    }

    static TopicIndex build(List<? extends Document> documents) {
        TreeSet<String> names = new TreeSet<>();
        for (Document document : documents) {
            names.addAll(document.topics());
        }
        List<String> alphabetical = List.copyOf(names);
        int size = documents.size();
        int[][] perDocument = new int[size][];
        int[] topicStart = new int[size + 1];
        int[] postingStart = new int[alphabetical.size() + 1];
        for (int d = 0; d < size; d++) {
            perDocument[d] = documents.get(d).topics().stream()
                    .mapToInt(topic -> indexOf(alphabetical, topic)).sorted().distinct().toArray();
            topicStart[d + 1] = topicStart[d] + perDocument[d].length;
            for (int topic : perDocument[d]) {
                postingStart[topic + 1]++;
            }
        }
        Arrays.parallelPrefix(postingStart, Integer::sum);
        int[] topicIds = new int[topicStart[size]];
        int[] postingDocuments = new int[topicStart[size]];
        int[] postingEnd = Arrays.copyOf(postingStart, alphabetical.size());
        for (int d = 0; d < size; d++) {
            System.arraycopy(perDocument[d], 0, topicIds, topicStart[d], perDocument[d].length);
            for (int topic : perDocument[d]) {
                postingDocuments[postingEnd[topic]++] = d;
            }
        }
        return new TopicIndex(topicStart, topicIds, postingStart, postingDocuments);
    }

    private static int indexOf(List<String> alphabetical, String topic) {
        // Sorted by the same natural order, so the search finds every topic.
        return Collections.binarySearch(alphabetical, topic);
    }

    int firstTopic(int document) {
        return topicStart[document];
    }

    int endOfTopics(int document) {
        return topicStart[document + 1];
    }

    int topic(int slot) {
        return topicIds[slot];
    }

    int topicCount(int document) {
        return topicStart[document + 1] - topicStart[document];
    }
}
