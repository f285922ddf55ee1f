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
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
     * @param published every published article
     * @param loaded    every loaded file (to tell unknown slugs from unpublished ones)
     */
    public static Map<String, List<Article>> compute(List<Article> published, List<ContentFile> loaded,
                                                     RelatedConfig config, Diagnostics diagnostics) {
        RelatedSettings settings = settings(config);
        List<Article> news = published.stream().filter(a -> a.type().isNews()).sorted(Article.NEWEST_FIRST).toList();
        Map<String, Article> byUrl = new LinkedHashMap<>();
        // two articles on one URL are reported when the pages are planned; here the first one stands for both
        news.forEach(a -> byUrl.putIfAbsent(a.url(), a));
        Map<String, List<String>> ranked = byUrl.isEmpty() || settings.count() == 0 ? Map.of()
                : RelatedIndex.build(byUrl.values().stream().map(RelatedArticles::document).toList(), settings).all();
        ManualRelated manual = new ManualRelated(news, loaded);
        Map<String, List<Article>> related = new HashMap<>();
        for (Article article : news) {
            Set<Article> list = new LinkedHashSet<>(manual.of(article, diagnostics));
            ranked.getOrDefault(article.url(), List.of()).forEach(url -> list.add(byUrl.get(url)));
            list.remove(article);
            related.put(article.url(), list.stream().limit(settings.count()).toList());
        }
        return related;
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

    private static Document document(Article article) {
        return new Document() {
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
                return article.date().map(ContentDate::date).orElse(LocalDate.EPOCH);
            }

            @Override
            public Collection<String> topics() {
                // topics that differ only in case, spacing or umlaut spelling are one topic, as on the site
                return article.topics().stream().map(Slug::of).distinct().toList();
            }

            @Override
            public Optional<String> district() {
                return article.district().filter(d -> !d.equals(CITY_WIDE));
            }

            @Override
            public String text() {
                return article.title() + "\n" + article.summary() + "\n" + article.text();
            }
        };
    }
}
