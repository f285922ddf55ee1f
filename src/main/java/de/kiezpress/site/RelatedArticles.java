package de.kiezpress.site;

import de.kiezpress.config.RelatedConfig;
import de.kiezpress.content.Article;
import de.kiezpress.content.ContentDate;
import de.kiezpress.content.ContentFile;
import de.kiezpress.content.Slug;
import de.kiezpress.diag.Diagnostics;
import de.kiezpress.related.Document;
import de.kiezpress.related.RelatedIndex;
import de.kiezpress.related.RelatedSettings;
import de.kiezpress.related.TextAnalyses;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The related articles of each published news article: those named in {@code related:} first,
 * then the best-ranked others ({@link RelatedIndex}), up to {@code related.count}. Only what this
 * build publishes takes part, so drafts and future articles never appear in a normal build.
 */
public final class RelatedArticles {
    /** The name of city-wide news: not a locality, so sharing it does not make articles related. */
    static final String CITY_WIDE = "Berlin";

    private RelatedArticles() {
    }

    /**
     * What {@link #compute(List, List, RelatedConfig, Analysed, Diagnostics)} found: the related
     * articles by URL, and what the next computation can take over.
     */
    public record Ranked(Map<String, List<Article>> related, Analysed analysed) {
    }

    /**
     * The analysed texts of the news of one computation, and what the index was given for each
     * article (by identity): an article taken over unchanged by the next build gives the same
     * document again, with the same text string, which the index recognises without comparing it.
     */
    public static final class Analysed {
        /** Nothing from before: every text is analysed. */
        public static final Analysed NONE = new Analysed(TextAnalyses.NONE, Map.of());

        private final TextAnalyses texts;
        private final Map<Article, NewsDocument> documentOf;

        private Analysed(TextAnalyses texts, Map<Article, NewsDocument> documentOf) {
            this.texts = texts;
            this.documentOf = documentOf;
        }

        /** How many articles' texts are kept analysed. */
        public int size() {
            return texts.size();
        }
    }

    /**
     * @param published every published article
     * @param loaded    every loaded file (to tell unknown slugs from unpublished ones)
     */
    public static Map<String, List<Article>> compute(List<Article> published, List<ContentFile> loaded,
                                                     RelatedConfig config, Diagnostics diagnostics) {
        return compute(published, loaded, config, null, diagnostics).related();
    }

    /**
     * The same related articles, taking over from {@code previous} (what an earlier computation
     * kept, or {@link Analysed#NONE}) the analyses of the texts that did not change, and keeping
     * those of this one.
     *
     * @param previous null to keep nothing (a one-shot build)
     */
    public static Ranked compute(List<Article> published, List<ContentFile> loaded, RelatedConfig config,
                                 Analysed previous, Diagnostics diagnostics) {
        RelatedSettings settings = settings(config);
        // each news article as the index sees it: made once, or taken over with the article
        Map<Article, NewsDocument> before = previous == null ? Map.of() : previous.documentOf;
        Map<Article, NewsDocument> documentOf = new IdentityHashMap<>();
        List<NewsDocument> inOrder = new ArrayList<>();
        Map<String, String> topicSlugs = new HashMap<>();
        for (Article article : published) {
            if (article.type().isNews()) {
                NewsDocument document = before.get(article);
                if (document == null) {
                    document = NewsDocument.of(article, topicSlugs, previous != null);
                }
                documentOf.put(article, document);
                inOrder.add(document);
            }
        }
        List<Article> news = newestFirst(inOrder);
        Map<String, Article> byUrl = new LinkedHashMap<>();
        // two articles on one URL are reported when the pages are planned; here the first one stands for both
        news.forEach(a -> byUrl.putIfAbsent(a.url(), a));
        Map<String, List<String>> ranked = Map.of();
        Analysed analysed = Analysed.NONE;
        if (!byUrl.isEmpty() && settings.count() > 0) {
            List<Document> documents = byUrl.values().stream().<Document>map(documentOf::get).toList();
            if (previous == null) {
                ranked = RelatedIndex.build(documents, settings).all();
            } else {
                RelatedIndex index = RelatedIndex.build(documents, settings, previous.texts);
                ranked = index.all();
                analysed = new Analysed(index.analyses(), documentOf);
            }
        }
        ManualRelated manual = new ManualRelated(news, loaded);
        Map<String, List<Article>> related = new HashMap<>();
        for (Article article : news) {
            // every article here is one of news, and no two of them are equal (each has its own
            // source file): identity tells them apart without hashing whole articles
            List<Article> list = new ArrayList<>();
            manual.of(article, diagnostics).forEach(a -> addOnce(list, a, article));
            ranked.getOrDefault(article.url(), List.of()).forEach(url -> addOnce(list, byUrl.get(url), article));
            related.put(article.url(), List.copyOf(list.subList(0, Math.min(list.size(), settings.count()))));
        }
        return new Ranked(related, analysed);
    }

    private static void addOnce(List<Article> list, Article article, Article self) {
        if (article == self) {
            return;
        }
        for (Article there : list) {
            if (there == article) {
                return;
            }
        }
        list.add(article);
    }

    /**
     * The news in the order of {@link Article#NEWEST_FIRST}, with each article's moment worked
     * out once (with its document) instead of in every comparison.
     */
    private static List<Article> newestFirst(List<NewsDocument> news) {
        List<NewsDocument> sorted = new ArrayList<>(news);
        sorted.sort(Comparator.comparing((NewsDocument d) -> d.moment, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing((NewsDocument d) -> d.article.slug())
                .thenComparing((NewsDocument d) -> d.article.url()));
        return sorted.stream().map(d -> d.article).toList();
    }

    /** The ranking's documented defaults, with what kiezpress.yaml sets instead. */
    public static RelatedSettings settings(RelatedConfig config) {
        RelatedSettings d = RelatedSettings.defaults();
        return new RelatedSettings(
                config.count().orElse(d.count()),
                config.topicWeight().orElse(d.topicWeight()),
                config.districtWeight().orElse(d.districtWeight()),
                config.textWeight().orElse(d.textWeight()),
                config.recencyWeight().orElse(d.recencyWeight()),
                config.recencyHalfLifeDays().orElse(d.recencyHalfLifeDays()),
                config.maxDocumentFrequency().orElse(d.maxDocumentFrequency()),
                d.documentFrequencyFloor(), d.termsPerDocument(), d.maxTextLength());
    }

    /**
     * What the index reads of a news article, worked out once (it reads topics more than once),
     * and the article's moment for sorting.
     */
    private static final class NewsDocument implements Document {
        private final Article article;
        private final ZonedDateTime moment;
        private final LocalDate date;
        private final List<String> topics;
        private final Optional<String> district;
        /** Kept for the next computation, so that it gives the index the very same string; else made when read. */
        private final String text;

        private NewsDocument(Article article, List<String> topics, String text) {
            this.article = article;
            this.moment = article.date().map(ContentDate::zoned).orElse(null);
            this.date = article.date().map(ContentDate::date).orElse(LocalDate.EPOCH);
            this.topics = topics;
            this.district = article.district().filter(d -> !d.equals(CITY_WIDE));
            this.text = text;
        }

        static NewsDocument of(Article article, Map<String, String> topicSlugs, boolean keepText) {
            // topics that differ only in case, spacing or umlaut spelling are one topic, as on the site
            List<String> topics = article.topics().stream().map(t -> topicSlugs.computeIfAbsent(t, Slug::of)).distinct()
                    .toList();
            return new NewsDocument(article, topics, keepText ? textOf(article) : null);
        }

        private static String textOf(Article article) {
            return article.title() + "\n" + article.summary() + "\n" + article.text();
        }

        @Override
        public String id() {
            return article.url();
        }

        @Override
        public String slug() {
            return article.slug();
        }

        @Override
        public LocalDate date() {
            return date;
        }

        @Override
        public Collection<String> topics() {
            return topics;
        }

        @Override
        public Optional<String> district() {
            return district;
        }

        @Override
        public String text() {
            return text != null ? text : textOf(article);
        }
    }
}
