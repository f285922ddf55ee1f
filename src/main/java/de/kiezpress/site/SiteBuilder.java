package de.kiezpress.site;

import de.kiezpress.config.SiteConfig;
import de.kiezpress.content.Article;
import de.kiezpress.content.ArticleType;
import de.kiezpress.content.ContentDate;
import de.kiezpress.content.Slug;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the {@link Site} from the published articles: every listing is made once, in one pass each. */
public final class SiteBuilder {
    private SiteBuilder() {
    }

    /**
     * @param published every article this build publishes, in any order
     * @param related   article URL → related articles, best first
     */
    public static Site build(SiteConfig config, List<Article> published, Map<String, List<Article>> related) {
        List<Article> news = published.stream().filter(a -> a.type().isNews()).sorted(Article.NEWEST_FIRST).toList();
        List<Article> pages = published.stream().filter(a -> !a.type().isNews())
                .sorted(Comparator.comparing(Article::url)).toList();
        Listing home = new Listing(ListingKind.HOME, "", "", "/", news);
        Listing pressReleases = new Listing(ListingKind.PRESS_RELEASES, "", "", "/pressemitteilungen/",
                ofType(news, ArticleType.PRESS_RELEASE));
        Listing meetingReports = new Listing(ListingKind.MEETING_REPORTS, "", "", "/sitzungsberichte/",
                ofType(news, ArticleType.MEETING_REPORT));
        return new Site(config, news, pages, home, pressReleases, meetingReports, districts(config, news), topics(news),
                archive(news), related);
    }

    private static List<Article> ofType(List<Article> news, ArticleType type) {
        return news.stream().filter(a -> a.type() == type).toList();
    }

    /** Every configured district, in configured order; those without articles get no listing. */
    private static List<Term> districts(SiteConfig config, List<Article> news) {
        Map<String, List<Article>> bySlug = new LinkedHashMap<>();
        for (Article article : news) {
            article.district().ifPresent(d -> bySlug.computeIfAbsent(Slug.of(d), k -> new ArrayList<>()).add(article));
        }
        List<Term> terms = new ArrayList<>();
        for (String name : config.districts()) {
            String slug = Slug.of(name);
            List<Article> items = bySlug.getOrDefault(slug, List.of());
            Optional<Listing> listing = items.isEmpty() ? Optional.empty()
                    : Optional.of(new Listing(ListingKind.DISTRICT, slug, name, "/bezirke/" + slug + "/", items));
            terms.add(new Term(name, slug, items.size(), listing));
        }
        return terms;
    }

    /**
     * Topics grouped by slug, so names that differ only in case, spacing or umlaut spelling are
     * one topic, shown as most articles write it (ties: the spelling that sorts first).
     * Sorted by German collation (Ä with A), then by slug.
     */
    private static List<Term> topics(List<Article> news) {
        Map<String, List<Article>> bySlug = new TreeMap<>();
        Map<String, Map<String, Long>> spellings = new TreeMap<>();
        for (Article article : news) {
            for (String topic : article.topics()) {
                String slug = Slug.of(topic);
                bySlug.computeIfAbsent(slug, k -> new ArrayList<>()).add(article);
                spellings.computeIfAbsent(slug, k -> new TreeMap<>()).merge(topic, 1L, Long::sum);
            }
        }
        Collator collator = Collator.getInstance(Locale.GERMAN);
        collator.setStrength(Collator.SECONDARY);
        return bySlug.entrySet().stream()
                .map(e -> {
                    String name = spellings.get(e.getKey()).entrySet().stream()
                            .max(Map.Entry.<String, Long>comparingByValue()
                                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                            .orElseThrow().getKey();
                    Listing listing = new Listing(ListingKind.TOPIC, e.getKey(), name, "/themen/" + e.getKey() + "/",
                            e.getValue());
                    return new Term(name, e.getKey(), e.getValue().size(), Optional.of(listing));
                })
                .sorted(Comparator.comparing(Term::name, collator).thenComparing(Term::slug))
                .toList();
    }

    /** Years newest first; within a year, months newest first; within a month, newest first. */
    private static List<ArchiveYear> archive(List<Article> news) {
        Map<Integer, Map<Integer, List<Article>>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (Article article : news) {
            article.date().map(ContentDate::date).ifPresent(date -> byYear
                    .computeIfAbsent(date.getYear(), y -> new TreeMap<>(Comparator.reverseOrder()))
                    .computeIfAbsent(date.getMonthValue(), m -> new ArrayList<>())
                    .add(article));
        }
        List<ArchiveYear> years = new ArrayList<>();
        byYear.forEach((year, months) -> years.add(new ArchiveYear(year, "/archiv/" + year + "/", months.entrySet()
                .stream().map(m -> new ArchiveYear.Month(m.getKey(), m.getValue())).toList())));
        return years;
    }

    /** Articles by URL, for lookups. */
    public static Map<String, Article> byUrl(List<Article> articles) {
        return articles.stream().collect(Collectors.toMap(Article::url, Function.identity(), (a, b) -> a, TreeMap::new));
    }
}
