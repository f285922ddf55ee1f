package de.kiezpress.build;

import de.kiezpress.audit.Finding;
import de.kiezpress.audit.InternalLink;
import de.kiezpress.audit.LinkChecker;
import de.kiezpress.audit.PageAudit;
import de.kiezpress.audit.PageReport;
import de.kiezpress.config.SiteConfig;
import de.kiezpress.content.Article;
import de.kiezpress.content.ContentFile;
import de.kiezpress.content.load.ContentLoader;
import de.kiezpress.diag.Diagnostic;
import de.kiezpress.diag.Diagnostics;
import de.kiezpress.output.Output;
import de.kiezpress.render.PagePlanner;
import de.kiezpress.render.PlannedFile;
import de.kiezpress.render.RenderResult;
import de.kiezpress.render.SiteRenderer;
import de.kiezpress.render.Teaser;
import de.kiezpress.site.Publication;
import de.kiezpress.site.RelatedArticles;
import de.kiezpress.site.Site;
import de.kiezpress.site.SiteBuilder;
import de.kiezpress.template.TemplateEngine;
import de.kiezpress.template.ViewFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One build, as a flat list of named, timed steps. Problems are collected, never thrown; the
 * destination takes the new files only when the whole build succeeded.
 *
 * <p>The same steps serve the one-shot build and the preview server's rebuilds: a rebuild passes
 * a {@link Reuse} that lets the steps take over what the last good build made and did not change.
 */
public final class Build {
    private Build() {
    }

    /** A one-shot build: everything is made, into a staging folder swapped in at the end (or nowhere, for check). */
    public static BuildResult run(BuildOptions options) {
        return run(options, Reuse.NOTHING,
                () -> options.write() ? Destination.staged(Output.open(options.destination())) : Destination.DISCARD)
                .result();
    }

    /**
     * Builds, taking over from the last good build what {@code reuse} allows.
     *
     * @param destination opened once the site is planned, so a build that fails early touches nothing
     */
    public static BuildOutcome run(BuildOptions options, Reuse reuse, Supplier<Destination> destination) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        Steps steps = new Steps();
        Path source = options.source().toAbsolutePath().normalize();

        Optional<SiteConfig> maybeConfig = steps.run("read kiezpress.yaml", () -> Settings.read(source, options, diagnostics));
        if (maybeConfig.isEmpty() || !Settings.checkDestination(source, options, diagnostics)) {
            return failed(BuildResult.Status.UNUSABLE, 0, diagnostics, steps, start);
        }
        SiteConfig config = maybeConfig.get();
        // different settings can change every file: nothing of a build made with others is taken over
        Optional<BuildSnapshot> previous = reuse.previous().filter(p -> p.config().equals(config));

        LoadedTheme theme = steps.run("load theme", () -> previous.filter(p -> !reuse.themeChanged())
                .map(BuildSnapshot::theme).orElseGet(() -> LoadedTheme.load(source, config)));
        if (!theme.usable() || diagnostics.hasErrors()) {
            diagnostics.addAll(theme.diagnostics().sorted());
            return failed(BuildResult.Status.FAILED, 0, diagnostics, steps, start);
        }
        TemplateEngine templates = theme.requireTemplates();

        ContentLoader loader = new ContentLoader(config, source);
        ContentStage.Content content = steps.run("read content", () -> ContentStage.load(loader, previous, reuse, diagnostics));
        List<LoadedFile> loaded = content.files();
        List<ContentFile> files = loaded.stream().flatMap(f -> f.file().stream()).toList();
        Publication publication = new Publication(options.now(), options.drafts(), options.future());
        List<ContentFile> published = files.stream().filter(f -> publication.publishes(f.meta())).toList();

        List<Path> broken = loaded.stream().filter(f -> f.file().isEmpty()).map(f -> f.candidate().file()).toList();
        MarkdownStage markdown = new MarkdownStage(config, theme, loader.contentRoot(), broken, files, published);
        List<RenderedArticle> rendered = steps.run("render Markdown", () -> markdown.render(published, previous,
                reuse.articlesReusable(), diagnostics));
        List<Article> articles = NewsOrder.newsFirst(rendered.stream().map(RenderedArticle::article).toList());
        if (diagnostics.hasErrors()) {
            diagnostics.addAll(theme.diagnostics().sorted());
            return failed(BuildResult.Status.FAILED, published.size(), diagnostics, steps, start);
        }

        // a one-shot build keeps no analyses of the texts; the preview takes over those of the last good build
        RelatedArticles.Analysed analysed = previous.map(BuildSnapshot::related).orElse(RelatedArticles.Analysed.NONE);
        RelatedArticles.Ranked related = steps.run("find related articles", () -> RelatedArticles.compute(articles,
                files, config.related(), reuse.forLaterBuilds() ? analysed : null, diagnostics));
        Site site = steps.run("build site", () -> SiteBuilder.build(config, articles, related.related()));
        PagePlanner planner = new PagePlanner(site, templates, new ViewFactory(site, templates.i18n(), options.liveReloadUrl()),
                new PagePlanner.Options(options.now(), previous.map(BuildSnapshot::teaserInputs).orElse(Map.of())));
        List<PlannedFile> plan = steps.run("plan pages", () -> SiteRenderer.checkPaths(planner.plan(), diagnostics));
        if (diagnostics.hasErrors()) {
            diagnostics.addAll(theme.diagnostics().sorted());
            return failed(BuildResult.Status.FAILED, site.news().size(), diagnostics, steps, start);
        }

        Map<String, RenderedArticle> bySource = rendered.stream()
                .collect(Collectors.toMap(r -> r.article().sourcePath(), Function.identity(), (a, b) -> a));
        Map<String, Fingerprint> copySources = copySources(plan);
        List<PlannedFile> toMake = previous.isEmpty() ? plan : steps.run("choose what to make", () ->
                reuse.select(new PlanChanges(plan, changedInputs(previous.get(), bySource), copySources)));

        SiteRenderer renderer = new SiteRenderer(new PageAudit(config.baseUrl()));
        Destination output = destination.get();
        try {
            RenderResult made = steps.run("render, audit and write", () -> renderer.renderFiles(toMake, output, diagnostics));
            Map<String, PlannedFile> byPath = new LinkedHashMap<>();
            plan.forEach(f -> byPath.put(f.path(), f));
            Map<String, PageReport> reports = reports(made, byPath, previous, options.liveReloadUrl());
            Checked checked = steps.run("check links across pages", () -> {
                Map<String, List<Finding>> all = findings(reports, made, byPath, previous);
                return new Checked(all, reported(all, byPath, previous));
            });
            Map<String, List<Finding>> findings = checked.findings();
            List<Diagnostic> reported = checked.reported();
            diagnostics.addAll(reported);
            diagnostics.addAll(theme.diagnostics().sorted());
            boolean failed = diagnostics.hasErrors() || options.strict() && !diagnostics.isEmpty();
            if (failed) {
                output.abort();
                return failed(BuildResult.Status.FAILED, site.news().size(), made.pages(), made.files(), diagnostics,
                        steps, start);
            }
            steps.run("swap in the new site", () -> output.commit(byPath.keySet()));
            BuildSnapshot snapshot = new BuildSnapshot(config, theme, loaded.stream().collect(Collectors.toMap(
                    f -> f.candidate().file(), Function.identity(), (a, b) -> a)), content.search(),
                    markdown.options(), markdown.targets(),
                    bySource, byPath, reports, findings, reported, copySources, related.analysed(),
                    reuse.forLaterBuilds() ? planner.teaserInputs() : Map.of());
            return new BuildOutcome(result(BuildResult.Status.OK, made.pages(), made.files(), site.news().size(),
                    diagnostics, steps, start), Optional.of(snapshot));
        } finally {
            output.abort();
        }
    }

    /**
     * The inputs whose value is not what it was in the last good build: the source path of every
     * article that is new, gone or not the same, and its teaser input if what listings show of it
     * changed too.
     */
    private static Set<String> changedInputs(BuildSnapshot previous, Map<String, RenderedArticle> now) {
        Set<String> changed = new HashSet<>();
        now.forEach((path, article) -> {
            RenderedArticle before = previous.articles().get(path);
            if (before == null || !before.article().equals(article.article())) {
                changed.add(path);
                if (before == null || !Teaser.of(before.article()).equals(Teaser.of(article.article()))) {
                    changed.add(Teaser.input(path));
                }
            }
        });
        previous.articles().keySet().stream().filter(path -> !now.containsKey(path)).forEach(path -> {
            changed.add(path);
            changed.add(Teaser.input(path));
        });
        return changed;
    }

    private static Map<String, Fingerprint> copySources(List<PlannedFile> plan) {
        Map<String, Fingerprint> copies = new HashMap<>();
        plan.stream().filter(f -> f instanceof PlannedFile.Copied).map(f -> (PlannedFile.Copied) f)
                .forEach(copied -> copies.put(copied.path(), Fingerprint.of(copied.source())));
        return copies;
    }

    /**
     * The audit of every planned page: made now, or taken over. The preview's reload script is
     * served by the preview server, not written into the site, so the audit must not miss it.
     */
    private static Map<String, PageReport> reports(RenderResult made, Map<String, PlannedFile> plan,
                                                   Optional<BuildSnapshot> previous, String liveReloadUrl) {
        Map<String, PageReport> reports = new HashMap<>();
        previous.ifPresent(p -> p.reports().forEach((path, report) -> {
            if (plan.containsKey(path)) {
                reports.put(path, report);
            }
        }));
        for (PageReport report : made.reports()) {
            reports.put(report.outputFile(), liveReloadUrl == null ? report : withoutLink(report, liveReloadUrl));
        }
        return reports;
    }

    /**
     * What is wrong with each page, its links included. A page's links are checked against the
     * site's files and the ids of the pages they lead to; while neither changed, a page not made
     * again keeps the findings it had.
     */
    private static Map<String, List<Finding>> findings(Map<String, PageReport> reports, RenderResult made,
                                                       Map<String, PlannedFile> plan, Optional<BuildSnapshot> previous) {
        Set<String> madeNow = made.reports().stream().map(PageReport::outputFile).collect(Collectors.toSet());
        Optional<BuildSnapshot> comparable = previous.filter(p -> p.plan().keySet().equals(plan.keySet())
                && madeNow.stream().allMatch(path -> p.reports().containsKey(path)
                && p.reports().get(path).ids().equals(reports.get(path).ids())));
        Map<String, List<Finding>> findings = new HashMap<>(2 * reports.size());
        List<PageReport> toCheck = new ArrayList<>();
        reports.forEach((path, report) -> comparable.filter(p -> !madeNow.contains(path)).map(p -> p.findings().get(path))
                .ifPresentOrElse(before -> findings.put(path, before), () -> toCheck.add(report)));
        if (!toCheck.isEmpty()) {
            LinkChecker links = SiteRenderer.linkChecker(reports.values(), plan.keySet());
            toCheck.forEach(report -> findings.put(report.outputFile(), SiteRenderer.findingsOf(report, links)));
        }
        return findings;
    }

    /** What is wrong with every page, and the diagnostics that makes. */
    private record Checked(Map<String, List<Finding>> findings, List<Diagnostic> reported) {
    }

    /**
     * The diagnostics of the findings of all pages ({@link SiteRenderer#report}). They are the
     * last good build's when every page has the findings it had, and each of them still points
     * to the same place: the same source position, or no position (then the layout is
     * named) in a page from the same file and template.
     */
    private static List<Diagnostic> reported(Map<String, List<Finding>> findings, Map<String, PlannedFile> plan,
                                             Optional<BuildSnapshot> previous) {
        if (previous.isPresent() && sameReport(findings, plan, previous.get())) {
            return previous.get().reported();
        }
        Diagnostics own = new Diagnostics();
        SiteRenderer.report(findings, plan, own);
        return own.sorted();
    }

    private static boolean sameReport(Map<String, List<Finding>> findings, Map<String, PlannedFile> plan,
                                      BuildSnapshot previous) {
        if (findings.size() != previous.findings().size()) {
            return false;
        }
        for (Map.Entry<String, List<Finding>> entry : findings.entrySet()) {
            List<Finding> now = entry.getValue();
            List<Finding> before = previous.findings().get(entry.getKey());
            if (before == null || now.size() != before.size()) {
                return false;
            }
            if (now.isEmpty()) {
                continue;
            }
            if (!(plan.get(entry.getKey()) instanceof PlannedFile.Rendered page
                    && previous.plan().get(entry.getKey()) instanceof PlannedFile.Rendered pageBefore
                    && page.origin().file().equals(pageBefore.origin().file())
                    && page.template().equals(pageBefore.template()))) {
                return false;
            }
            if (now == before && page.sourceMap() == pageBefore.sourceMap()) {
                continue;
            }
            for (int i = 0; i < now.size(); i++) {
                Finding finding = now.get(i);
                if (!finding.equals(before.get(i)) || !Objects.equals(page.sourceMap().get(finding.sourceKey()),
                        pageBefore.sourceMap().get(finding.sourceKey()))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static PageReport withoutLink(PageReport report, String href) {
        List<InternalLink> links = report.links().stream().filter(l -> !l.href().equals(href)).toList();
        return new PageReport(report.outputFile(), report.findings(), report.ids(), links);
    }

    private static BuildOutcome failed(BuildResult.Status status, int articles, Diagnostics diagnostics, Steps steps,
                                       long start) {
        return failed(status, articles, 0, 0, diagnostics, steps, start);
    }

    private static BuildOutcome failed(BuildResult.Status status, int articles, int pages, int files,
                                       Diagnostics diagnostics, Steps steps, long start) {
        return new BuildOutcome(result(status, pages, files, articles, diagnostics, steps, start), Optional.empty());
    }

    private static BuildResult result(BuildResult.Status status, int pages, int files, int articles, Diagnostics diagnostics,
                                      Steps steps, long start) {
        return new BuildResult(status, pages, files, articles, diagnostics.sorted(), steps.times(),
                Duration.ofNanos(System.nanoTime() - start));
    }
}
