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
     * The analysed texts of the news of one computation, and the text the index was given for
     * each article: an article taken over unchanged by the next build gives the same string
     * again, which the index recognises without comparing it.
     */
    public static final class Analysed {
        /** Nothing from before: every text is analysed. */
        public static final Analysed NONE = new Analysed(TextAnalyses.NONE, Map.of());

        private final TextAnalyses texts;
        private final Map<Article, String> textOf;

        private Analysed(TextAnalyses texts, Map<Article, String> textOf) {
            this.texts = texts;
            this.textOf = textOf;
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
        List<Article> news = newestFirst(published.stream().filter(a -> a.type().isNews()).toList());
        Map<String, Article> byUrl = new LinkedHashMap<>();
        // two articles on one URL are reported when the pages are planned; here the first one stands for both
        news.forEach(a -> byUrl.putIfAbsent(a.url(), a));
        Map<String, List<String>> ranked = Map.of();
        Analysed analysed = Analysed.NONE;
        if (!byUrl.isEmpty() && settings.count() > 0) {
            Map<String, String> topicSlugs = new HashMap<>();
            Map<Article, String> textOf = new IdentityHashMap<>();
            Map<Article, String> textBefore = previous == null ? Map.of() : previous.textOf;
            List<Document> documents = byUrl.values().stream().map(a -> {
                String text = textBefore.get(a);
                if (text == null) {
                    text = a.title() + "\n" + a.summary() + "\n" + a.text();
                }
                if (previous != null) {
                    textOf.put(a, text);
                }
                return document(a, text, topicSlugs);
            }).toList();
            if (previous == null) {
                ranked = RelatedIndex.build(documents, settings).all();
            } else {
                RelatedIndex index = RelatedIndex.build(documents, settings, previous.texts);
                ranked = index.all();
                analysed = new Analysed(index.analyses(), textOf);
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
     * {@link Article#NEWEST_FIRST}, with each article's moment worked out once instead of in every
     * comparison.
     */
    private static List<Article> newestFirst(List<Article> articles) {
        Map<Article, ZonedDateTime> moments = new IdentityHashMap<>();
        articles.forEach(a -> moments.put(a, a.date().map(ContentDate::zoned).orElse(null)));
        List<Article> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing((Article a) -> moments.get(a), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Article::slug)
                .thenComparing(Article::url));
        return sorted;
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

    /** What the index reads of an article, worked out once: it reads topics more than once. */
    private static Document document(Article article, String text, Map<String, String> topicSlugs) {
        // topics that differ only in case, spacing or umlaut spelling are one topic, as on the site
        List<String> topics = article.topics().stream().map(t -> topicSlugs.computeIfAbsent(t, Slug::of)).distinct().toList();
        return new NewsDocument(article.url(), article.slug(), article.date().map(ContentDate::date).orElse(LocalDate.EPOCH),
                topics, article.district().filter(d -> !d.equals(CITY_WIDE)), text);
    }

    private record NewsDocument(String id, String slug, LocalDate date, List<String> topics, Optional<String> district,
                                String text) implements Document {
    }
}
