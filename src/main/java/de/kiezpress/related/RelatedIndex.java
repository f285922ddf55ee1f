package de.kiezpress.related;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The related articles of a set of documents, ranked as described in the package documentation.
 * Immutable once built; {@link #relatedTo} and {@link #all} may be called from any thread.
 */
public final class RelatedIndex {

    private final RelatedSettings settings;
    private final String[] ids;
    private final Map<String, Integer> indexById;
    private final IndexedCorpus corpus;
    private final TextAnalyses analyses;
    /** Scratch space outlives a call, so asking for every document one by one stays linear. */
    private final Queue<Scorer> idleScorers = new ConcurrentLinkedQueue<>();

    private RelatedIndex(RelatedSettings settings, String[] ids, Map<String, Integer> indexById,
            IndexedCorpus corpus, TextAnalyses analyses) {
        this.settings = settings;
        this.ids = ids;
        this.indexById = indexById;
        this.corpus = corpus;
        this.analyses = analyses;
    }

    /**
     * Analyses and indexes the documents, in parallel. Keeps no {@link #analyses()}.
     *
     * @throws IllegalArgumentException if two documents have the same id
     * @throws NullPointerException if a document or one of its values is null
     */
    public static RelatedIndex build(List<? extends Document> documents, RelatedSettings settings) {
        return build(documents, settings, TextAnalyses.NONE, false);
    }

    /**
     * Indexes the documents like {@link #build(List, RelatedSettings)}, with the same result, but
     * analyses only the texts that {@code previous} (the {@link #analyses()} of an earlier index,
     * or {@link TextAnalyses#NONE}) does not hold, and keeps the analyses of all for the next
     * build. For a site rebuilt after a few of its documents changed.
     *
     * @throws IllegalArgumentException if two documents have the same id
     * @throws NullPointerException if a document or one of its values is null
     */
    public static RelatedIndex build(List<? extends Document> documents, RelatedSettings settings,
            TextAnalyses previous) {
        return build(documents, settings, Objects.requireNonNull(previous, "previous"), true);
    }

    private static RelatedIndex build(List<? extends Document> documents, RelatedSettings settings,
            TextAnalyses previous, boolean keep) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(settings, "settings");
        int size = documents.size();
        String[] ids = new String[size];
        Map<String, Integer> indexById = new HashMap<>();
        int[] epochDays = new int[size];
        for (int d = 0; d < size; d++) {
            Document document = requireComplete(documents.get(d), d);
            ids[d] = document.id();
            if (indexById.putIfAbsent(ids[d], d) != null) {
                throw new IllegalArgumentException("two documents have the id '" + ids[d] + "'");
            }
            epochDays[d] = Math.toIntExact(document.date().toEpochDay());
        }
        long largestDaysApart = size == 0 ? 0
                : (long) Arrays.stream(epochDays).max().getAsInt() - Arrays.stream(epochDays).min().getAsInt();
        int[] districtOf = DistrictTimeline.districtIds(documents);
        TopicIndex topics = TopicIndex.build(documents, epochDays, districtOf);
        TextIndex.Built text = TextIndex.build(documents, settings, districtOf, previous, keep);
        IndexedCorpus corpus = new IndexedCorpus(
                text.index(),
                topics,
                DistrictTimeline.build(districtOf, epochDays, topics.signatures),
                DocumentFacts.of(epochDays, districtOf, topics),
                tieRanks(documents, epochDays, ids),
                new RecencyTable(settings.recencyWeight(), settings.recencyHalfLifeDays(), largestDaysApart));
        return new RelatedIndex(settings, ids, Map.copyOf(indexById), corpus, text.analyses());
    }

    /**
     * Up to {@code settings.count()} ids of the documents most related to this one, best first;
     * never the document itself, only documents with a positive score.
     *
     * @throws IllegalArgumentException if no document has this id
     */
    public List<String> relatedTo(String id) {
        Integer document = indexById.get(Objects.requireNonNull(id, "id"));
        if (document == null) {
            throw new IllegalArgumentException("no document with the id '" + id + "' was indexed");
        }
        Scorer scorer = borrowScorer();
        try {
            return idsOf(scorer.mostRelatedTo(document));
        } finally {
            idleScorers.offer(scorer);
        }
    }

    /**
     * The related ids of every document, computed in parallel on all cores; keys in the order the
     * documents were given. The same documents always give the same map.
     */
    public Map<String, List<String>> all() {
        @SuppressWarnings("unchecked")
        List<String>[] related = new List[ids.length];
        Parallel.forEachBlock(ids.length, idleScorers, this::newScorer, (scorer, from, to) -> {
            for (int d = from; d < to; d++) {
                related[d] = idsOf(scorer.mostRelatedTo(d));
            }
        });
        Map<String, List<String>> byId = new LinkedHashMap<>();
        for (int d = 0; d < ids.length; d++) {
            byId.put(ids[d], related[d]);
        }
        return Collections.unmodifiableMap(byId);
    }

    /**
     * The analysed texts of the documents, for the next {@link #build(List, RelatedSettings,
     * TextAnalyses)} to take over; {@link TextAnalyses#NONE} if this index was built without.
     */
    public TextAnalyses analyses() {
        return analyses;
    }

    /** For tests in this package: what scoring reads. */
    IndexedCorpus corpus() {
        return corpus;
    }

    RelatedSettings settings() {
        return settings;
    }

    private Scorer borrowScorer() {
        Scorer scorer = idleScorers.poll();
        return scorer != null ? scorer : newScorer();
    }

    private Scorer newScorer() {
        return new Scorer(settings, corpus);
    }

    private List<String> idsOf(int[] documents) {
        String[] related = new String[documents.length];
        for (int i = 0; i < documents.length; i++) {
            related[i] = ids[documents[i]];
        }
        return List.of(related);
    }

    /** Each document's place in the order newer first, then by slug, then by id (ids are unique). */
    private static int[] tieRanks(List<? extends Document> documents, int[] epochDays, String[] ids) {
        String[] slugs = documents.stream().map(Document::slug).toArray(String[]::new);
        Integer[] order = new Integer[documents.size()];
        Arrays.setAll(order, d -> d);
        Arrays.parallelSort(order, (left, right) -> {
            int byDate = Integer.compare(epochDays[right], epochDays[left]);
            if (byDate != 0) {
                return byDate;
            }
            int bySlug = slugs[left].compareTo(slugs[right]);
            return bySlug != 0 ? bySlug : ids[left].compareTo(ids[right]);
        });
        int[] rank = new int[order.length];
        for (int place = 0; place < order.length; place++) {
            rank[order[place]] = place;
        }
        return rank;
    }

    private static Document requireComplete(Document document, int position) {
        String where = "document " + position;
        Objects.requireNonNull(document, where + " is null");
        Objects.requireNonNull(document.id(), where + ": id is null");
        where = "document '" + document.id() + "'";
        Objects.requireNonNull(document.slug(), where + ": slug is null");
        Objects.requireNonNull(document.date(), where + ": date is null");
        Objects.requireNonNull(document.topics(), where + ": topics is null");
        Objects.requireNonNull(document.district(), where + ": district is null (use Optional.empty())");
        for (String topic : document.topics()) {
            Objects.requireNonNull(topic, where + ": a topic is null");
        }
        return document;
    }
}
