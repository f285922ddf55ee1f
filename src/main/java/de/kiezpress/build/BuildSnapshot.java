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
 * @param reported    the diagnostics the findings made
 * @param copies      the fingerprint of each copied file's source when it was copied, by output path
 * @param related     what the search for related articles keeps for the next one (the analysed texts)
 * @param teaserInputs the teaser input of each listed article's source path, as the plan named it
 */
public record BuildSnapshot(SiteConfig config, LoadedTheme theme, Map<Path, LoadedFile> files, List<Diagnostic> search,
                            MarkdownOptions markdownOptions, Map<Path, LinkTargets.Target> linkTargets,
                            Map<String, RenderedArticle> articles, Map<String, PlannedFile> plan,
                            Map<String, PageReport> reports, Map<String, List<Finding>> findings, List<Diagnostic> reported,
                            Map<String, Fingerprint> copies, RelatedArticles.Analysed related,
                            Map<String, String> teaserInputs) {
    /**
     * Takes the maps over as they are, without copying them (a preview makes a snapshot after
     * every rebuild, and they hold thousands of entries): whoever makes a snapshot hands them
     * over and changes them no more.
     */
    public BuildSnapshot {
        files = Collections.unmodifiableMap(files);
        search = List.copyOf(search);
        linkTargets = Collections.unmodifiableMap(linkTargets);
        articles = Collections.unmodifiableMap(articles);
        plan = Collections.unmodifiableMap(plan);
        reports = Collections.unmodifiableMap(reports);
        findings = Collections.unmodifiableMap(findings);
        reported = List.copyOf(reported);
        copies = Collections.unmodifiableMap(copies);
        Objects.requireNonNull(related, "related");
        teaserInputs = Collections.unmodifiableMap(teaserInputs);
    }

    /** How many pages (HTML documents, not redirects or data files) the site has. */
    public long pages() {
        return plan.values().stream().filter(f -> f instanceof PlannedFile.Rendered r && r.kind() == PlannedFile.Kind.PAGE)
                .count();
    }
}
