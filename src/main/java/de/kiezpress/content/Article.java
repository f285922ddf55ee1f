package de.kiezpress.content;

import de.kiezpress.diag.Position;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A content file with its rendered body: what listings, pages and feeds are made of.
 *
 * @param html      the body as safe HTML
 * @param summary   the teaser: the front matter's, or the first paragraph cut at a word boundary
 * @param sourceMap where the body's headings, links and images were written (see the audit)
 * @param text      the opening of the body without markup, for finding related articles
 */
public record Article(ContentFile file, String html, String summary, Map<String, Position> sourceMap, String text) {
    /** Newest first, then by slug, then by URL. */
    public static final Comparator<Article> NEWEST_FIRST = Comparator.comparing(Article::file, ContentFile.NEWEST_FIRST);

    public Article {
        sourceMap = Map.copyOf(sourceMap);
    }

    public FrontMatter meta() {
        return file.meta();
    }

    public String url() {
        return file.url();
    }

    public String slug() {
        return file.slug();
    }

    public String sourcePath() {
        return file.sourcePath();
    }

    public String title() {
        return file.meta().title();
    }

    public ArticleType type() {
        return file.meta().type();
    }

    public Optional<ContentDate> date() {
        return file.meta().date();
    }

    public Optional<String> district() {
        return file.meta().district();
    }

    public List<String> topics() {
        return file.meta().topics();
    }

    /** The later of date and updated: when this article last changed. */
    public Optional<ContentDate> lastModified() {
        return meta().updated().or(this::date);
    }
}
