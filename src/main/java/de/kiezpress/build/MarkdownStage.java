package de.kiezpress.build;

import de.kiezpress.config.SiteConfig;
import de.kiezpress.content.Article;
import de.kiezpress.content.ContentFile;
import de.kiezpress.content.Resource;
import de.kiezpress.diag.Diagnostics;
import de.kiezpress.markdown.LinkTargets;
import de.kiezpress.markdown.MarkdownOptions;
import de.kiezpress.markdown.MarkdownRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Renders the bodies of the published files into articles. An article of the last good build is
 * taken over when its file, the Markdown options and every link target are as they were: links
 * between files become URLs, so one moved URL can change any body.
 */
final class MarkdownStage {
    private static final int SUMMARY_LENGTH = 220;

    private final MarkdownOptions options;
    private final Map<Path, LinkTargets.Target> targets;
    private final Path contentRoot;

    /** @param broken content files that exist but could not be loaded (their errors are reported) */
    MarkdownStage(SiteConfig config, LoadedTheme theme, Path contentRoot, List<Path> broken, List<ContentFile> all,
                  List<ContentFile> published) {
        this.options = new MarkdownOptions(config.baseUrl(), config.unsafeHtml(),
                theme.requireTemplates().i18n().text("footnotes.back"), theme.templateIds(), SUMMARY_LENGTH);
        this.targets = linkTargets(broken, all, published);
        this.contentRoot = contentRoot;
    }

    MarkdownOptions options() {
        return options;
    }

    Map<Path, LinkTargets.Target> targets() {
        return targets;
    }

    List<RenderedArticle> render(List<ContentFile> published, Optional<BuildSnapshot> previous, boolean reusable,
                                 Diagnostics diagnostics) {
        Optional<BuildSnapshot> comparable = previous.filter(p -> reusable && p.markdownOptions().equals(options)
                && p.linkTargets().equals(targets));
        LinkTargets linkTargets = path -> Optional.ofNullable(targets.get(path));
        List<Optional<RenderedArticle>> before = published.stream().map(file -> comparable
                .map(p -> p.articles().get(file.sourcePath()))
                .filter(article -> article.input().equals(file))).toList();
        // Flexmark's parser and renderer take a while to set up: only when a body is to be rendered
        MarkdownRenderer renderer = before.stream().anyMatch(Optional::isEmpty)
                ? new MarkdownRenderer(options, contentRoot) : null;
        List<RenderedArticle> rendered = IntStream.range(0, published.size()).parallel()
                .mapToObj(i -> before.get(i).orElseGet(() -> render(renderer, published.get(i), linkTargets))).toList();
        rendered.forEach(article -> diagnostics.addAll(article.diagnostics()));
        return rendered;
    }

    private static RenderedArticle render(MarkdownRenderer renderer, ContentFile file, LinkTargets linkTargets) {
        Diagnostics own = new Diagnostics();
        var body = renderer.render(file, linkTargets, own);
        List<Resource> resources = new ArrayList<>(file.resources());
        body.resources().stream().filter(r -> resources.stream().noneMatch(e -> e.outputPath().equals(r.outputPath())))
                .forEach(resources::add);
        ContentFile withResources = new ContentFile(file.sourcePath(), file.file(), file.meta(), file.slug(), file.url(),
                resources, file.markdown(), file.bodyLine());
        String summary = file.meta().summary().orElse(body.firstParagraph());
        return new RenderedArticle(file, new Article(withResources, body.html(), summary, body.sourceMap(), body.plainText()), own.sorted());
    }

    /** Where each content file is published: all loaded files, marked as published or not; broken ones too. */
    private static Map<Path, LinkTargets.Target> linkTargets(List<Path> broken, List<ContentFile> all,
                                                             List<ContentFile> published) {
        Map<Path, LinkTargets.Target> targets = new HashMap<>();
        broken.forEach(path -> targets.put(path.toAbsolutePath().normalize(), LinkTargets.Target.broken()));
        all.forEach(f -> targets.put(f.file().toAbsolutePath().normalize(), new LinkTargets.Target(f.url(), false)));
        published.forEach(f -> targets.put(f.file().toAbsolutePath().normalize(), new LinkTargets.Target(f.url(), true)));
        return targets;
    }
}
