package de.kiezpress.site;

import de.kiezpress.config.SiteConfig;
import de.kiezpress.content.Article;
import de.kiezpress.content.Slug;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything a build publishes, built once and only read afterwards (so pages can be rendered in
 * parallel without locks).
 *
 * @param news      press releases and meeting reports, newest first
 * @param pages     pages (Impressum, …), by URL
 * @param districts every district of the site, in the configured order, with counts
 * @param topics    every topic, in German alphabetical order, with counts
 * @param archive   the years, newest first
 * @param related   article URL → related articles, best first
 */
public record Site(SiteConfig config, List<Article> news, List<Article> pages, Listing home, Listing pressReleases,
                   Listing meetingReports, List<Term> districts, List<Term> topics, List<ArchiveYear> archive,
                   Map<String, List<Article>> related) {
    public Site {
        news = List.copyOf(news);
        pages = List.copyOf(pages);
        districts = List.copyOf(districts);
        topics = List.copyOf(topics);
        archive = List.copyOf(archive);
        related = Map.copyOf(related);
    }

    /** News and pages. */
    public List<Article> articles() {
        List<Article> all = new ArrayList<>(news);
        all.addAll(pages);
        return all;
    }

    /** Every paged listing: home, the two types, each district and topic with articles. */
    public List<Listing> listings() {
        List<Listing> all = new ArrayList<>(List.of(home, pressReleases, meetingReports));
        districts.forEach(t -> t.listing().ifPresent(all::add));
        topics.forEach(t -> t.listing().ifPresent(all::add));
        return all;
    }

    public Optional<Term> district(String name) {
        String slug = slugOf(name);
        return districts.stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    /** The topic a name written in front matter belongs to (names differing in case or spacing are one topic). */
    public Optional<Term> topic(String name) {
        String slug = slugOf(name);
        return topics.stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    /**
     * District and topic names repeat on every page that shows them: their slugs are worked out
     * once (a few hundred names at most; the cache stops growing past that, for safety).
     */
    private static final Map<String, String> NAME_SLUGS = new ConcurrentHashMap<>();

    private static String slugOf(String name) {
        String slug = NAME_SLUGS.get(name);
        if (slug == null) {
            slug = Slug.of(name);
            if (NAME_SLUGS.size() < 4096) {
                NAME_SLUGS.put(name, slug);
            }
        }
        return slug;
    }

    public List<Article> relatedTo(Article article) {
        return related.getOrDefault(article.url(), List.of());
    }
}
