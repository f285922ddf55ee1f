package de.kiezpress.related;

/**
 * Documents in runs (one per district, or per topic), each run ordered by day, with each
 * entry's day, district and topic signature alongside: walking a run outwards from a document
 * then reads memory in order, where looking the facts up by document would miss the cache.
 */
final class Timeline {

    final int[] documents;
    final int[] days;
    final int[] districts;
    final long[] signatures;

    /** @param order the documents of the entries, runs one after the other, each by day */
    Timeline(int[] order, int[] epochDays, int[] districtOf, long[] signatureOf) {
        this.documents = order;
        this.days = new int[order.length];
        this.districts = new int[order.length];
        this.signatures = new long[order.length];
        for (int position = 0; position < order.length; position++) {
            days[position] = epochDays[order[position]];
            districts[position] = districtOf[order[position]];
            signatures[position] = signatureOf[order[position]];
        }
    }
}
