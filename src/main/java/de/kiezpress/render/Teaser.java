package de.kiezpress.render;

import de.kiezpress.content.Article;
import de.kiezpress.content.ArticleType;
import de.kiezpress.content.ContentDate;
import java.util.List;
import java.util.Optional;

/**
 * What a file shows of an article it lists rather than presents: a listing's item, a related
 * article, an archive entry, a count on a terms page, a search-index row, a sitemap entry. Such a
 * file names the article as {@link #input(String) teaser input}, so that an edit to the body
 * alone does not make every listing again. Feeds carry the whole article and name it in full.
 * Keep in step with {@code ItemView}, {@code SearchIndexWriter} and {@code SitemapWriter}.
 */
public record Teaser(String url, String title, Optional<ContentDate> date, Optional<ContentDate> updated, ArticleType type,
                     Optional<String> district, List<String> topics, String summary, Optional<String> lang) {
    private static final String PREFIX = "teaser:";

    public Teaser {
        topics = List.copyOf(topics);
    }

    public static Teaser of(Article article) {
        return new Teaser(article.url(), article.title(), article.date(), article.meta().updated(), article.type(),
                article.district(), article.topics(), article.summary(), article.meta().lang());
    }

    /** The input naming the teaser of the article from {@code sourcePath}. */
    public static String input(String sourcePath) {
        return PREFIX + sourcePath;
    }
}
