package de.kiezpress.related;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * Each document's district, and the documents of each district in order of date, so that the
 * ones nearest in time to a document can be visited first.
 */
final class DistrictTimeline {

    static final int NO_DISTRICT = DocumentFacts.NO_DISTRICT;

    /** The district id of each document, or {@link #NO_DISTRICT}. */
    final int[] district;
    /** Row {@code k} is {@code [timelineStart[k], timelineStart[k + 1])} of {@link #timeline}. */
    final int[] timelineStart;
    /** Each district's documents by day, then by document index; with their days alongside. */
    final int[] timeline;
    final int[] timelineDays;
    /** Where each document is on its district's timeline. */
    final int[] positionOnTimeline;

    private DistrictTimeline(int[] district, int[] timelineStart, int[] timeline, int[] timelineDays,
            int[] positionOnTimeline) {
        this.district = district;
        this.timelineStart = timelineStart;
        this.timeline = timeline;
        this.timelineDays = timelineDays;
        this.positionOnTimeline = positionOnTimeline;
    }

    static DistrictTimeline build(List<? extends Document> documents, int[] epochDays) {
        TreeSet<String> names = new TreeSet<>();
        documents.forEach(document -> document.district().ifPresent(names::add));
        List<String> alphabetical = List.copyOf(names);
        int size = documents.size();
        int[] district = new int[size];
        int[] timelineStart = new int[alphabetical.size() + 1];
        for (int d = 0; d < size; d++) {
            district[d] = documents.get(d).district()
                    .map(name -> Collections.binarySearch(alphabetical, name))
                    .orElse(NO_DISTRICT);
            if (district[d] != NO_DISTRICT) {
                timelineStart[district[d] + 1]++;
            }
        }
        Arrays.parallelPrefix(timelineStart, Integer::sum);
        Integer[] byDistrictAndDay = new Integer[timelineStart[alphabetical.size()]];
        int filled = 0;
        for (int d = 0; d < size; d++) {
            if (district[d] != NO_DISTRICT) {
                byDistrictAndDay[filled++] = d;
            }
        }
        Arrays.sort(byDistrictAndDay, (left, right) -> {
            int order = Integer.compare(district[left], district[right]);
            if (order == 0) {
                order = Integer.compare(epochDays[left], epochDays[right]);
            }
            // Tie-break: the document index, so that the order is total.
            return order != 0 ? order : Integer.compare(left, right);
        });
        int[] timeline = new int[byDistrictAndDay.length];
        int[] timelineDays = new int[byDistrictAndDay.length];
        int[] positionOnTimeline = new int[size];
        Arrays.fill(positionOnTimeline, -1);
        for (int position = 0; position < timeline.length; position++) {
            timeline[position] = byDistrictAndDay[position];
            timelineDays[position] = epochDays[timeline[position]];
            positionOnTimeline[timeline[position]] = position;
        }
        return new DistrictTimeline(district, timelineStart, timeline, timelineDays, positionOnTimeline);
    }
}
