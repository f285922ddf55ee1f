package de.kiezpress.render;

import de.kiezpress.content.Article;
import de.kiezpress.content.ArticleType;
import de.kiezpress.content.ContentDate;
import de.kiezpress.content.Permalinks;
import de.kiezpress.content.Ref;
import de.kiezpress.content.Resource;
import de.kiezpress.output.Feed;
import de.kiezpress.output.FeedWriter;
import de.kiezpress.output.SearchIndexWriter;
import de.kiezpress.output.SitemapWriter;
import de.kiezpress.site.ArchiveYear;
import de.kiezpress.site.Listing;
import de.kiezpress.site.ListingKind;
import de.kiezpress.site.ListingPage;
import de.kiezpress.site.Site;
import de.kiezpress.site.Term;
import de.kiezpress.template.I18n;
import de.kiezpress.template.Link;
import de.kiezpress.template.TemplateEngine;
import de.kiezpress.template.TermView;
import de.kiezpress.template.ViewFactory;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Supplier;

/**
 * Plans every file of the site: pages from templates, feeds, sitemap, robots.txt, search index,
 * redirects for aliases, and copies of static and bundle files. Nothing is rendered here; each
 * planned file renders itself when asked, so rendering can run in parallel and be repeated for
 * just the files a change touches.
 */
public final class PagePlanner {
    public static final String CONFIG_INPUT = "kiezpress.yaml";

    /**
     * @param now           the moment of the build, to mark future articles in previews
     * @param teaserInputs  the teaser input of each source path as the plan before named it (see
     *                      {@link #teaserInputs()}), so that this plan names it with the very same
     *                      string: comparing a file's inputs with those it had then mostly
     *                      compares references; empty for a plan with none before
     */
    public record Options(ZonedDateTime now, Map<String, String> teaserInputs) {
        public Options {
            Objects.requireNonNull(now, "now");
            Objects.requireNonNull(teaserInputs, "teaserInputs");
        }

        public Options(ZonedDateTime now) {
            this(now, Map.of());
        }
    }

    private final Site site;
    private final TemplateEngine templates;
    private final ViewFactory views;
    private final I18n i18n;
    private final PageViews pages;
    private final Options options;
    private final List<SitemapWriter.Entry> sitemap = new ArrayList<>();
    private final Map<String, String> templatePaths = new HashMap<>();
    private final Map<String, Optional<String>> topicInputsByName = new HashMap<>();
    /** Worked out once per article, not once per file that shows it. */
    private final Map<Article, String> teaserInputs = new IdentityHashMap<>();
    private final Map<Article, Optional<LocalDate>> lastModifiedDays = new IdentityHashMap<>();
    private final Map<String, String> templateInputs = new HashMap<>();

    public PagePlanner(Site site, TemplateEngine templates, ViewFactory views, Options options) {
        this.site = site;
        this.templates = templates;
        this.views = views;
        this.i18n = views.i18n();
        this.pages = new PageViews(views, site.config().title());
        this.options = options;
    }

    /** The plan; call once per planner. */
    public List<PlannedFile> plan() {
        List<PlannedFile> files = new ArrayList<>();
        site.news().forEach(a -> files.add(articlePage(a, "article.peb")));
        site.pages().forEach(a -> files.add(articlePage(a, "page.peb")));
        site.listings().forEach(listing -> files.addAll(listingPages(listing)));
        files.add(termsPage("/bezirke/", "districts", site.districts()));
        files.add(termsPage("/themen/", "topics", site.topics()));
        files.add(archivePage());
        site.archive().forEach(year -> files.add(archiveYearPage(year)));
        files.add(simplePage("/suche/", "search", "search.peb", "search.heading", "search.description", false));
        files.add(simplePage("/404.html", "not-found", "404.peb", "notFound.heading", null, true));
        site.articles().forEach(a -> files.addAll(aliases(a)));
        files.addAll(feeds());
        files.add(data("suche/index.json", teasersOf(site.news(), 0), () -> SearchIndexWriter.write(site.news(),
                site.config().baseUrl(), views::typeLabel)));
        files.add(data("robots.txt", Set.of(), () -> SitemapWriter.robots(site.config().baseUrl())));
        List<SitemapWriter.Entry> entries = List.copyOf(sitemap);
        files.add(data("sitemap.xml", teasersOf(site.articles(), 0), () -> SitemapWriter.write(entries, site.config().baseUrl())));
        site.articles().forEach(a -> a.file().resources().forEach(r -> files.add(copy(a, r))));
        templates.theme().staticFiles().forEach((path, source) -> {
            String shown = templates.theme().displayPath(source);
            files.add(new PlannedFile.Copied(path, Origin.of(shown), source, Set.of(shown)));
        });
        return files;
    }

    private PlannedFile articlePage(Article article, String template) {
        List<Article> related = site.relatedTo(article);
        Set<String> inputs = new HashSet<>();
        inputs.add(article.sourcePath());
        StringJoiner relatedUrls = new StringJoiner(" ", "related:", "");
        for (Article r : related) {
            inputs.add(teaserInput(r));
            relatedUrls.add(r.url());
        }
        // the order of the related list can change while its members stay: that must redo the page too
        inputs.add(relatedUrls.toString());
        for (String name : article.topics()) {
            topicInputOf(name).ifPresent(inputs::add);
        }
        sitemap.add(new SitemapWriter.Entry(article.url(), lastModifiedDay(article).map(LocalDate::toString)));
        return page(Permalinks.outputFile(article.url()), template, Origin.of(article.sourcePath()), inputs,
                article.sourceMap(), () -> {
                    var view = views.article(article);
                    List<Link> crumbs = article.type().isNews()
                            ? List.of(pages.home(), pages.crumb(typeKey(article.type()), ViewFactory.typeUrl(article.type())))
                            : List.of(pages.home());
                    var page = pages.page(article.type().isNews() ? "article" : "page", article.url(), article.title())
                            .description(article.summary())
                            .lang(views.foreignLanguage(article))
                            .section(article.type().isNews() ? sectionOf(article.type()) : "")
                            .breadcrumbs(crumbs)
                            .alternates(List.of(siteFeedLink()))
                            .banner(bannerFor(article));
                    if (article.type().isNews()) {
                        page.article(article.meta().image().map(i -> views.absolute(i.src())).orElse(null),
                                article.meta().image().map(i -> i.alt()).orElse(null),
                                StructuredData.of(article, site.config()));
                    }
                    return Map.of("article", view, "page", page.build());
                });
    }

    private List<PlannedFile> listingPages(Listing listing) {
        List<PlannedFile> files = new ArrayList<>();
        Link feed = feedLink(listing);
        List<ListingPage> listingPages = listing.pages(site.config().pageSize());
        // every page shows the listing's name and links to all its pages, not only its own articles
        String shape = "listing:" + listing.url() + " " + listing.name() + " pages=" + listingPages.size();
        for (ListingPage listingPage : listingPages) {
            boolean home = listing.kind() == ListingKind.HOME && listingPage.number() == 1;
            sitemap.add(new SitemapWriter.Entry(listingPage.url(), newest(listingPage.items())));
            Set<String> inputs = teasersOf(listingPage.items(), 2);
            inputs.add(shape);
            files.add(page(Permalinks.outputFile(listingPage.url()), home ? "home.peb" : "list.peb",
                    Origin.of(templatePath(home ? "home.peb" : "list.peb")), inputs, Map.of(), () -> {
                        String heading = home ? i18n.text("home.heading") : listingHeading(listing);
                        List<Link> crumbs = home ? List.of() : listingPage.number() > 1
                                ? List.of(pages.home(), new Link(listingHeading(listing), views.link(listing.url())))
                                : listingParents(listing);
                        var page = pages.page(home ? "home" : "list", listingPage.url(), heading)
                                .pageNumber(listingPage.number())
                                .description(home ? site.config().description().orElse(null) : listingDescription(listing))
                                .section(sectionOf(listing))
                                .breadcrumbs(crumbs)
                                .alternates(feed == null ? List.of(siteFeedLink()) : List.of(feed))
                                .previousAndNext(listingPage.previousUrl().map(views::link).orElse(null),
                                        listingPage.nextUrl().map(views::link).orElse(null))
                                .build();
                        return Map.of("listing", views.listing(listingPage, feed), "page", page);
                    }));
        }
        return files;
    }

    private PlannedFile termsPage(String url, String key, List<Term> terms) {
        List<Article> counted = key.equals("districts")
                ? site.news().stream().filter(a -> a.district().isPresent()).toList()
                : site.news().stream().filter(a -> !a.topics().isEmpty()).toList();
        sitemap.add(new SitemapWriter.Entry(url, newest(counted)));
        return page(Permalinks.outputFile(url), "terms.peb", Origin.of(templatePath("terms.peb")), teasersOf(counted, 1),
                Map.of(), () -> {
                    var page = pages.page("terms", url, i18n.text(key + ".heading"))
                            .description(i18n.text(key + ".description"))
                            .section(key)
                            .breadcrumbs(List.of(pages.home()))
                            .alternates(List.of(siteFeedLink()))
                            .build();
                    return Map.of("terms", views.terms(terms), "intro", i18n.text(key + ".intro"), "page", page);
                });
    }

    private PlannedFile archivePage() {
        sitemap.add(new SitemapWriter.Entry("/archiv/", newest(site.news())));
        return page("archiv/index.html", "archive.peb", Origin.of(templatePath("archive.peb")), teasersOf(site.news(), 1),
                Map.of(), () -> {
                    var page = pages.page("archive", "/archiv/", i18n.text("archive.heading"))
                            .description(i18n.text("archive.description"))
                            .section("archive")
                            .breadcrumbs(List.of(pages.home()))
                            .build();
                    List<TermView> years = site.archive().stream()
                            .map(y -> new TermView(String.valueOf(y.year()), views.link(y.url()), y.count())).toList();
                    return Map.of("years", years, "page", page);
                });
    }

    private PlannedFile archiveYearPage(ArchiveYear year) {
        List<Article> items = year.months().stream().flatMap(m -> m.items().stream()).toList();
        sitemap.add(new SitemapWriter.Entry(year.url(), newest(items)));
        return page(Permalinks.outputFile(year.url()), "archive-year.peb", Origin.of(templatePath("archive-year.peb")),
                teasersOf(items, 1), Map.of(), () -> {
                    var page = pages.page("archive-year", year.url(), i18n.text("archive.year", year.year()))
                            .description(i18n.text("archive.yearDescription", year.year()))
                            .section("archive")
                            .breadcrumbs(List.of(pages.home(), pages.crumb("archive.heading", "/archiv/")))
                            .build();
                    List<TermView.MonthView> months = year.months().stream()
                            .map(m -> {
                                LocalDate first = LocalDate.of(year.year(), m.month(), 1);
                                return new TermView.MonthView(i18n.monthYear(first),
                                        "monat-" + year.year() + "-" + String.format("%02d", m.month()), views.items(m.items()));
                            }).toList();
                    return Map.of("months", months, "page", page);
                });
    }

    private PlannedFile simplePage(String url, String kind, String template, String headingKey, String descriptionKey,
                                   boolean noindex) {
        if (!noindex) {
            sitemap.add(new SitemapWriter.Entry(url, Optional.empty()));
        }
        return page(Permalinks.outputFile(url), template, Origin.of(templatePath(template)), new HashSet<>(2), Map.of(), () -> {
            var page = pages.page(kind, url, i18n.text(headingKey))
                    .description(descriptionKey == null ? null : i18n.text(descriptionKey))
                    .section(kind)
                    .breadcrumbs(List.of(pages.home()));
            if (noindex) {
                page.noindex();
            }
            return Map.of("page", page.build());
        });
    }

    private List<PlannedFile> aliases(Article article) {
        List<PlannedFile> files = new ArrayList<>();
        for (Ref alias : article.meta().aliases()) {
            Origin origin = new Origin(article.sourcePath(), alias.position());
            files.add(new PlannedFile.Rendered(Permalinks.outputFile(alias.value()), PlannedFile.Kind.REDIRECT, origin,
                    Set.of(article.sourcePath(), "template:alias.peb"),
                    d -> templates.render("alias.peb", Map.of("site", views.site(),
                                    "target", new Link(article.title(), views.link(article.url())),
                                    "canonicalUrl", views.absolute(article.url())), d),
                    templatePath("alias.peb"), Map.of()));
        }
        return files;
    }

    private List<PlannedFile> feeds() {
        FeedWriter writer = new FeedWriter(site.config());
        int size = site.config().feedSize();
        String siteTitle = site.config().title();
        List<PlannedFile> files = new ArrayList<>();
        List<Article> newest = first(site.news(), size);
        files.add(data("feed.xml", inputsOf(newest), () -> writer.write(
                new Feed("/feed.xml", i18n.text("feed.site", siteTitle), "/", newest))));
        for (Term district : site.districts()) {
            district.listing().ifPresent(listing -> {
                List<Article> entries = first(listing.items(), size);
                files.add(data(listing.url().substring(1) + "feed.xml", inputsOf(entries), () -> writer.write(
                        new Feed(listing.url() + "feed.xml", i18n.text("feed.district", siteTitle, district.name()),
                                listing.url(), entries))));
            });
        }
        for (Term topic : site.topics()) {
            topic.listing().ifPresent(listing -> {
                List<Article> entries = first(listing.items(), size);
                Set<String> inputs = inputsOf(entries);
                inputs.add(topicInput(topic));
                files.add(data(listing.url().substring(1) + "feed.xml", inputs, () -> writer.write(
                        new Feed(listing.url() + "feed.xml", i18n.text("feed.topic", siteTitle, topic.name()),
                                listing.url(), entries))));
            });
        }
        return files;
    }

    private PlannedFile copy(Article article, Resource resource) {
        return new PlannedFile.Copied(resource.outputPath(), Origin.of(article.sourcePath()), resource.source(),
                Set.of(article.sourcePath()));
    }

    /** @param inputs a set of the page's own, to which the template is added */
    private PlannedFile page(String path, String template, Origin origin, Set<String> inputs,
                             Map<String, de.kiezpress.diag.Position> sourceMap, Supplier<Map<String, Object>> context) {
        inputs.add(templateInputs.computeIfAbsent(template, t -> "template:" + t));
        return new PlannedFile.Rendered(path, PlannedFile.Kind.PAGE, origin, immutable(inputs), d -> {
            Map<String, Object> values = new HashMap<>(context.get());
            values.put("site", views.site());
            return templates.render(template, values, d);
        }, templatePath(template), sourceMap);
    }

    private static PlannedFile data(String path, Set<String> inputs, Supplier<String> producer) {
        return new PlannedFile.Rendered(path, PlannedFile.Kind.DATA, Origin.of(path), immutable(inputs),
                d -> Optional.of(producer.get()), "", Map.of());
    }

    private Link feedLink(Listing listing) {
        return switch (listing.kind()) {
            case DISTRICT -> new Link(i18n.text("feed.linkDistrict", listing.name()), views.link(listing.url() + "feed.xml"));
            case TOPIC -> new Link(i18n.text("feed.linkTopic", listing.name()), views.link(listing.url() + "feed.xml"));
            default -> siteFeedLink();
        };
    }

    private Link siteFeedLink() {
        return new Link(i18n.text("feed.linkSite"), views.link("/feed.xml"));
    }

    private String listingHeading(Listing listing) {
        return switch (listing.kind()) {
            case HOME -> i18n.text("listing.home");
            case PRESS_RELEASES -> i18n.text("listing.pressReleases");
            case MEETING_REPORTS -> i18n.text("listing.meetingReports");
            case DISTRICT -> i18n.text("listing.district", listing.name());
            case TOPIC -> i18n.text("listing.topic", listing.name());
        };
    }

    private String listingDescription(Listing listing) {
        return switch (listing.kind()) {
            case HOME -> i18n.text("listing.description.home");
            case PRESS_RELEASES -> i18n.text("listing.description.pressReleases");
            case MEETING_REPORTS -> i18n.text("listing.description.meetingReports");
            case DISTRICT -> i18n.text("listing.description.district", listing.name());
            case TOPIC -> i18n.text("listing.description.topic", listing.name());
        };
    }

    private List<Link> listingParents(Listing listing) {
        return switch (listing.kind()) {
            case DISTRICT -> List.of(pages.home(), pages.crumb("districts.heading", "/bezirke/"));
            case TOPIC -> List.of(pages.home(), pages.crumb("topics.heading", "/themen/"));
            default -> List.of(pages.home());
        };
    }

    private static String sectionOf(Listing listing) {
        return switch (listing.kind()) {
            case HOME -> "home";
            case PRESS_RELEASES -> "press-releases";
            case MEETING_REPORTS -> "meeting-reports";
            case DISTRICT -> "districts";
            case TOPIC -> "topics";
        };
    }

    private static String sectionOf(ArticleType type) {
        return type == ArticleType.MEETING_REPORT ? "meeting-reports" : "press-releases";
    }

    private static String typeKey(ArticleType type) {
        return type == ArticleType.MEETING_REPORT ? "nav.meetingReports" : "nav.pressReleases";
    }

    private String bannerFor(Article article) {
        if (article.meta().draft()) {
            return i18n.text("article.draft");
        }
        return article.date().filter(d -> d.zoned().isAfter(options.now()))
                .map(d -> i18n.text("article.scheduled", i18n.longDate(d.date()))).orElse(null);
    }

    /** The input of the topic a name in front matter belongs to; looked up once per name, not once per article. */
    private Optional<String> topicInputOf(String name) {
        return topicInputsByName.computeIfAbsent(name, n -> site.topic(n).map(PagePlanner::topicInput));
    }

    /** What a file that lists the article shows of it; the same string in every file, and as the plan before had it. */
    private String teaserInput(Article article) {
        String input = teaserInputs.get(article);
        if (input == null) {
            String before = options.teaserInputs().get(article.sourcePath());
            input = before != null ? before : Teaser.input(article.sourcePath());
            teaserInputs.put(article, input);
        }
        return input;
    }

    /**
     * The teaser input of the source path of every article this plan lists, for the next plan's
     * {@link Options#teaserInputs()}. Call after {@link #plan()}.
     */
    public Map<String, String> teaserInputs() {
        Map<String, String> bySourcePath = new HashMap<>();
        teaserInputs.forEach((article, input) -> bySourcePath.put(article.sourcePath(), input));
        return bySourcePath;
    }

    private Optional<LocalDate> lastModifiedDay(Article article) {
        Optional<LocalDate> day = lastModifiedDays.get(article);
        if (day == null) {
            day = article.lastModified().map(ContentDate::date);
            lastModifiedDays.put(article, day);
        }
        return day;
    }

    /** The theme's display path of a template; looked up once per template, not once per page. */
    private String templatePath(String template) {
        return templatePaths.computeIfAbsent(template, t -> templates.theme().find("templates/" + t)
                .map(templates.theme()::displayPath).orElse(t));
    }

    /** The day the newest of the articles last changed. Compared by day: only the day is shown, and days compare fast. */
    private Optional<String> newest(List<Article> articles) {
        LocalDate newest = null;
        for (Article article : articles) {
            LocalDate day = lastModifiedDay(article).orElse(null);
            if (day != null && (newest == null || day.isAfter(newest))) {
                newest = day;
            }
        }
        return Optional.ofNullable(newest).map(LocalDate::toString);
    }

    /**
     * A topic is shown under the spelling most of its articles use, so a page showing it depends
     * on articles it does not list: the spelling is part of its inputs.
     */
    private static String topicInput(Term topic) {
        return "topic:" + topic.slug() + "=" + topic.name();
    }

    /**
     * The inputs of a file that lists these articles: what it shows of each (see {@link Teaser}).
     *
     * @param more room for the inputs still to be added
     */
    private Set<String> teasersOf(List<Article> articles, int more) {
        Set<String> inputs = new HashSet<>(Math.max(16, (int) ((articles.size() + more) / 0.75f) + 1));
        for (Article article : articles) {
            inputs.add(teaserInput(article));
        }
        return inputs;
    }

    /** The inputs of a file that carries these articles whole (feeds). */
    private static Set<String> inputsOf(List<Article> articles) {
        Set<String> inputs = new HashSet<>();
        articles.forEach(a -> inputs.add(a.sourcePath()));
        return inputs;
    }

    /**
     * The inputs as the immutable set the planned file keeps ({@link PlannedFile} copies any
     * other set into one, by way of another hash set).
     */
    private static Set<String> immutable(Set<String> inputs) {
        return Set.of(inputs.toArray(new String[0]));
    }

    private static <T> List<T> first(List<T> list, int n) {
        return list.subList(0, Math.min(n, list.size()));
    }
}
