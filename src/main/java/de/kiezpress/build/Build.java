package de.kiezpress.build;

import de.kiezpress.audit.PageAudit;
import de.kiezpress.config.BaseUrl;
import de.kiezpress.config.ConfigLoader;
import de.kiezpress.config.SiteConfig;
import de.kiezpress.content.Article;
import de.kiezpress.content.ContentFile;
import de.kiezpress.content.load.ContentLoader;
import de.kiezpress.diag.Diagnostics;
import de.kiezpress.diag.Position;
import de.kiezpress.markdown.LinkTargets;
import de.kiezpress.markdown.MarkdownOptions;
import de.kiezpress.markdown.MarkdownRenderer;
import de.kiezpress.output.Output;
import de.kiezpress.output.Sink;
import de.kiezpress.render.PagePlanner;
import de.kiezpress.render.PlannedFile;
import de.kiezpress.render.RenderResult;
import de.kiezpress.render.SiteRenderer;
import de.kiezpress.site.Publication;
import de.kiezpress.site.RelatedArticles;
import de.kiezpress.site.Site;
import de.kiezpress.site.SiteBuilder;
import de.kiezpress.template.I18n;
import de.kiezpress.template.TemplateEngine;
import de.kiezpress.template.Theme;
import de.kiezpress.template.ViewFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One build, as a flat list of named, timed steps. Problems are collected, never thrown; the
 * staging folder is swapped in only when the whole build succeeded.
 */
public final class Build {
    private static final int SUMMARY_LENGTH = 220;

    private Build() {
    }

    public static BuildResult run(BuildOptions options) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        Steps steps = new Steps();
        Path source = options.source().toAbsolutePath().normalize();

        Optional<SiteConfig> maybeConfig = steps.run("read kiezpress.yaml", () -> ConfigLoader.load(source, diagnostics)
                .flatMap(config -> withBaseUrl(config, options, diagnostics)));
        if (maybeConfig.isEmpty() || !checkDestination(source, options, diagnostics)) {
            return result(BuildResult.Status.UNUSABLE, 0, 0, 0, diagnostics, steps, start);
        }
        SiteConfig config = maybeConfig.get();

        Optional<TemplateEngine> maybeTemplates = steps.run("load theme", () -> Theme.load(source, config.theme(), diagnostics)
                .map(theme -> new TemplateEngine(theme, I18n.load(theme, config.language(), diagnostics), config.baseUrl()))
                .filter(engine -> engine.compileAll(diagnostics)));
        if (maybeTemplates.isEmpty() || diagnostics.hasErrors()) {
            return result(BuildResult.Status.FAILED, 0, 0, 0, diagnostics, steps, start);
        }
        TemplateEngine templates = maybeTemplates.get();

        ContentLoader loader = new ContentLoader(config, source);
        List<ContentFile> files = steps.run("read content", () -> loader.loadAll(diagnostics));
        Publication publication = new Publication(options.now(), options.drafts(), options.future());
        List<ContentFile> published = files.stream().filter(f -> publication.publishes(f.meta())).toList();

        List<Article> articles = steps.run("render Markdown", () -> renderMarkdown(config, templates, loader, files,
                published, diagnostics));
        if (diagnostics.hasErrors()) {
            return result(BuildResult.Status.FAILED, 0, 0, published.size(), diagnostics, steps, start);
        }

        Map<String, List<Article>> related = steps.run("find related articles", () ->
                RelatedArticles.compute(articles, files, config.related(), diagnostics));
        Site site = steps.run("build site", () -> SiteBuilder.build(config, articles, related));
        List<PlannedFile> plan = steps.run("plan pages", () -> SiteRenderer.checkPaths(
                new PagePlanner(site, templates, new ViewFactory(site, templates.i18n(), options.liveReloadUrl()),
                        new PagePlanner.Options(options.now())).plan(), diagnostics));
        if (diagnostics.hasErrors()) {
            return result(BuildResult.Status.FAILED, 0, 0, site.news().size(), diagnostics, steps, start);
        }

        SiteRenderer renderer = new SiteRenderer(new PageAudit(config.baseUrl()));
        Output output = options.write() ? Output.open(options.destination()) : null;
        try {
            RenderResult rendered = steps.run("render, audit and write", () ->
                    renderer.render(plan, output != null ? output : Sink.DISCARD, diagnostics));
            boolean failed = diagnostics.hasErrors() || options.strict() && !diagnostics.isEmpty();
            if (output != null) {
                if (failed) {
                    output.abort();
                } else {
                    steps.run("swap in the new site", output::commit);
                }
            }
            return result(failed ? BuildResult.Status.FAILED : BuildResult.Status.OK, rendered.pages(), rendered.files(),
                    site.news().size(), diagnostics, steps, start);
        } finally {
            if (output != null) {
                output.abort();
            }
        }
    }

    private static List<Article> renderMarkdown(SiteConfig config, TemplateEngine templates, ContentLoader loader,
                                                List<ContentFile> all, List<ContentFile> published,
                                                Diagnostics diagnostics) {
        I18n i18n = templates.i18n();
        MarkdownOptions markdownOptions = new MarkdownOptions(config.baseUrl(), config.unsafeHtml(),
                i18n.text("footnotes.back"), templates.theme().templateIds(), SUMMARY_LENGTH);
        MarkdownRenderer markdown = new MarkdownRenderer(markdownOptions, loader.contentRoot());
        Map<Path, LinkTargets.Target> targets = new HashMap<>();
        all.forEach(f -> targets.put(f.file().toAbsolutePath().normalize(), new LinkTargets.Target(f.url(), false)));
        published.forEach(f -> targets.put(f.file().toAbsolutePath().normalize(), new LinkTargets.Target(f.url(), true)));
        LinkTargets linkTargets = path -> Optional.ofNullable(targets.get(path));
        return published.parallelStream().map(file -> {
            var body = markdown.render(file, linkTargets, diagnostics);
            List<de.kiezpress.content.Resource> resources = new ArrayList<>(file.resources());
            body.resources().stream().filter(r -> resources.stream().noneMatch(e -> e.outputPath().equals(r.outputPath())))
                    .forEach(resources::add);
            ContentFile withResources = new ContentFile(file.sourcePath(), file.file(), file.meta(), file.slug(), file.url(),
                    resources, file.markdown(), file.bodyLine());
            String summary = file.meta().summary().orElse(body.firstParagraph());
            return new Article(withResources, body.html(), summary, body.sourceMap());
        }).toList();
    }

    private static Optional<SiteConfig> withBaseUrl(SiteConfig config, BuildOptions options, Diagnostics diagnostics) {
        if (options.baseUrl().isEmpty()) {
            return Optional.of(config);
        }
        Optional<BaseUrl> url = BaseUrl.parse(options.baseUrl().get());
        if (url.isEmpty()) {
            diagnostics.error("", Position.UNKNOWN, "--base-url: \"" + options.baseUrl().get()
                    + "\" is not an absolute http(s) URL", "e.g. https://example.org/sozialraum/");
        }
        return url.map(config::withBaseUrl);
    }

    /** The destination must not hold the site's own files, nor be a folder of the user's. */
    private static boolean checkDestination(Path source, BuildOptions options, Diagnostics diagnostics) {
        if (!options.write()) {
            return true;
        }
        Path destination = options.destination().toAbsolutePath().normalize();
        for (Path guarded : List.of(source, source.resolve(ContentLoader.CONTENT_DIR), source.resolve("themes"))) {
            if (guarded.startsWith(destination) || destination.startsWith(guarded) && !guarded.equals(source)) {
                diagnostics.error("", Position.UNKNOWN, "the destination " + destination
                        + " would replace the site's own files (" + source.relativize(guarded) + ")",
                        "write the site to its own folder, e.g. -d site");
                return false;
            }
        }
        Optional<String> refusal = Output.refusalFor(destination);
        refusal.ifPresent(reason -> diagnostics.error("", Position.UNKNOWN, reason));
        return refusal.isEmpty();
    }

    private static BuildResult result(BuildResult.Status status, int pages, int files, int articles, Diagnostics diagnostics,
                                      Steps steps, long start) {
        return new BuildResult(status, pages, files, articles, diagnostics.sorted(), steps.times(),
                Duration.ofNanos(System.nanoTime() - start));
    }
}
