package de.kiezpress.build;

import de.kiezpress.audit.Finding;
import de.kiezpress.audit.PageReport;
import de.kiezpress.config.SiteConfig;
import de.kiezpress.diag.Diagnostic;
import de.kiezpress.markdown.LinkTargets;
import de.kiezpress.markdown.MarkdownOptions;
import de.kiezpress.render.PlannedFile;
import de.kiezpress.site.RelatedArticles;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a good build made that a later build may take over (see {@link Reuse}).
 *
 * @param files       every Markdown file found, by its path on disk
 * @param search      what searching content/ for them found to warn about
 * @param linkTargets where each content file is published, as the Markdown was rendered with
 * @param articles    every published article, by source path ({@code content/x.md})
 * @param plan        every file of the site, by output path
 * @param reports     the audit of every page, by output path
 * @param findings    what is wrong with every page, its links included, by output path
 * @param copies      the fingerprint of each copied file's source when it was copied, by output path
 * @param related     what the search for related articles keeps for the next one (the analysed texts)
 * @param teaserInputs the teaser input of each listed article's source path, as the plan named it
 */
public record BuildSnapshot(SiteConfig config, LoadedTheme theme, Map<Path, LoadedFile> files, List<Diagnostic> search,
                            MarkdownOptions markdownOptions, Map<Path, LinkTargets.Target> linkTargets,
                            Map<String, RenderedArticle> articles, Map<String, PlannedFile> plan,
                            Map<String, PageReport> reports, Map<String, List<Finding>> findings,
                            Map<String, Fingerprint> copies, RelatedArticles.Analysed related,
                            Map<String, String> teaserInputs) {
    public BuildSnapshot {
        files = Map.copyOf(files);
        search = List.copyOf(search);
        linkTargets = Map.copyOf(linkTargets);
        articles = Map.copyOf(articles);
        plan = Collections.unmodifiableMap(new LinkedHashMap<>(plan));
        reports = Map.copyOf(reports);
        findings = Map.copyOf(findings);
        copies = Map.copyOf(copies);
        Objects.requireNonNull(related, "related");
        teaserInputs = Collections.unmodifiableMap(teaserInputs); // the planner's own, made for this snapshot
    }

    /** How many pages (HTML documents, not redirects or data files) the site has. */
    public long pages() {
        return plan.values().stream().filter(f -> f instanceof PlannedFile.Rendered r && r.kind() == PlannedFile.Kind.PAGE)
                .count();
    }
}
