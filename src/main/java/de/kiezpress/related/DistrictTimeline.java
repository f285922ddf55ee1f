package de.kiezpress.related;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * The documents of each district in order of date, so that the ones nearest in time to a
 * document can be visited first.
 */
final class DistrictTimeline {

    static final int NO_DISTRICT = DocumentFacts.NO_DISTRICT;

    /** Run {@code k} is {@code [runStart[k], runStart[k + 1])}: district {@code k} by day, then index. */
    final int[] runStart;
    final Timeline timeline;
    /** Where each document is on the timeline, or -1 without a district. */
    final int[] positionOnTimeline;

    private DistrictTimeline(int[] runStart, Timeline timeline, int[] positionOnTimeline) {
        this.runStart = runStart;
        this.timeline = timeline;
        this.positionOnTimeline = positionOnTimeline;
    }

    /** Each document's district as its rank among all district names, or {@link #NO_DISTRICT}. */
    static int[] districtIds(List<? extends Document> documents) {
        TreeSet<String> names = new TreeSet<>();
        documents.forEach(document -> document.district().ifPresent(names::add));
        List<String> alphabetical = List.copyOf(names);
        return documents.stream()
                .mapToInt(document -> document.district()
                        // Sorted by the same natural order, so the search finds every name.
                        .map(name -> Collections.binarySearch(alphabetical, name))
                        .orElse(NO_DISTRICT))
                .toArray();
    }

    static DistrictTimeline build(int[] districtOf, int[] epochDays, long[] signatureOf) {
        int size = districtOf.length;
        int districtCount = Arrays.stream(districtOf).max().orElse(NO_DISTRICT) + 1;
        int[] runStart = new int[districtCount + 1];
        for (int district : districtOf) {
            if (district != NO_DISTRICT) {
                runStart[district + 1]++;
            }
        }
        Arrays.parallelPrefix(runStart, Integer::sum);
        Integer[] byDistrictAndDay = new Integer[runStart[districtCount]];
        int filled = 0;
        for (int d = 0; d < size; d++) {
            if (districtOf[d] != NO_DISTRICT) {
                byDistrictAndDay[filled++] = d;
            }
        }
        Arrays.parallelSort(byDistrictAndDay, (left, right) -> {
            int order = Integer.compare(districtOf[left], districtOf[right]);
            if (order == 0) {
                order = Integer.compare(epochDays[left], epochDays[right]);
            }
            // Tie-break: the document index, so that the order is total.
            return order != 0 ? order : Integer.compare(left, right);
        });
        int[] order = Arrays.stream(byDistrictAndDay).mapToInt(Integer::intValue).toArray();
        int[] positionOnTimeline = new int[size];
        Arrays.fill(positionOnTimeline, -1);
        for (int position = 0; position < order.length; position++) {
            positionOnTimeline[order[position]] = position;
        }
        return new DistrictTimeline(runStart, new Timeline(order, epochDays, districtOf, signatureOf), positionOnTimeline);
    }
}
