package de.kiezpress.render;

import de.kiezpress.audit.Finding;
import de.kiezpress.audit.LinkChecker;
import de.kiezpress.audit.PageAudit;
import de.kiezpress.audit.PageReport;
import de.kiezpress.diag.Diagnostics;
import de.kiezpress.diag.Position;
import de.kiezpress.output.Output;
import de.kiezpress.output.Sink;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Renders planned files on all cores, audits each page while its HTML is at hand, and writes
 * straight to the staging folder, so no more than a page per thread is held in memory.
 */
public final class SiteRenderer {
    private final PageAudit audit;

    /** @param audit the page checks, or null to skip them */
    public SiteRenderer(PageAudit audit) {
        this.audit = audit;
    }

    /**
     * Reports files that would land on one path (naming both origins) and paths that would leave
     * the output; returns the files that can be written, one per path.
     */
    public static List<PlannedFile> checkPaths(List<PlannedFile> files, Diagnostics diagnostics) {
        Map<String, PlannedFile> byPath = new LinkedHashMap<>();
        for (PlannedFile file : files) {
            if (!Output.isSafe(file.path())) {
                diagnostics.error(file.origin().file(), file.origin().position(),
                        "the path \"" + file.path() + "\" would be written outside the site's folder");
                continue;
            }
            PlannedFile first = byPath.putIfAbsent(file.path(), file);
            if (first != null) {
                diagnostics.error(file.origin().file(), file.origin().position(), "\"/" + file.path()
                        + "\" is made twice: by " + first.origin().describe() + " and by " + file.origin().describe(),
                        "give one of them another slug, date or alias");
            }
        }
        return List.copyOf(byPath.values());
    }

    /** Renders and writes every file; audit findings of all pages (links included) go to diagnostics. */
    public RenderResult render(Collection<PlannedFile> files, Sink output, Diagnostics diagnostics) {
        RenderResult result = renderFiles(files, output, diagnostics);
        if (audit != null) {
            Map<String, PlannedFile> byPath = new HashMap<>();
            files.forEach(f -> byPath.put(f.path(), f));
            reportFindings(result.reports(), byPath, diagnostics);
        }
        return result;
    }

    /**
     * Renders, audits and writes the given files, but leaves the findings in the reports: links
     * between pages can only be checked against the whole site, which may be more than these files
     * (see {@link #reportFindings}).
     */
    public RenderResult renderFiles(Collection<PlannedFile> files, Sink output, Diagnostics diagnostics) {
        AtomicInteger pages = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        ConcurrentLinkedQueue<PageReport> reports = new ConcurrentLinkedQueue<>();
        files.parallelStream().forEach(file -> {
            if (file instanceof PlannedFile.Copied copied) {
                output.copy(copied.path(), copied.source());
                written.incrementAndGet();
                return;
            }
            PlannedFile.Rendered rendered = (PlannedFile.Rendered) file;
            Optional<String> text = rendered.producer().produce(diagnostics);
            if (text.isEmpty()) {
                return;
            }
            if (rendered.kind() == PlannedFile.Kind.PAGE) {
                pages.incrementAndGet();
                if (audit != null) {
                    reports.add(audit.audit(rendered.path(), text.get()));
                }
            }
            output.write(rendered.path(), text.get().getBytes(StandardCharsets.UTF_8));
            written.incrementAndGet();
        });
        return new RenderResult(pages.get(), written.get(), new ArrayList<>(reports));
    }

    /** Checks links across pages and turns every finding into a diagnostic against the page's source. */
    public static void reportFindings(List<PageReport> reports, Map<String, PlannedFile> byPath, Diagnostics diagnostics) {
        LinkChecker links = linkChecker(reports, byPath.keySet());
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        for (PageReport report : reports) {
            findings.put(report.outputFile(), findingsOf(report, links));
        }
        report(findings, byPath, diagnostics);
    }

    /** Checks links against every file of the site and the ids of every audited page. */
    public static LinkChecker linkChecker(Collection<PageReport> reports, Set<String> outputFiles) {
        Map<String, Set<String>> ids = reports.stream().collect(Collectors.toMap(PageReport::outputFile, PageReport::ids));
        return new LinkChecker(outputFiles, ids);
    }

    /** Everything wrong with one page: what its audit found, and its links that lead nowhere. */
    public static List<Finding> findingsOf(PageReport report, LinkChecker links) {
        List<Finding> findings = new ArrayList<>(report.findings());
        findings.addAll(links.check(report));
        return findings;
    }

    /**
     * Turns the findings of the pages into diagnostics: against the article's line where the text
     * made it, else once for the layout, naming how many pages show it.
     *
     * @param findings the findings of every page, by output path
     */
    public static void report(Map<String, List<Finding>> findings, Map<String, PlannedFile> byPath, Diagnostics diagnostics) {
        Map<String, List<String[]>> layoutFindings = new TreeMap<>();
        findings.forEach((path, pageFindings) -> {
            PlannedFile.Rendered page = (PlannedFile.Rendered) byPath.get(path);
            for (Finding finding : pageFindings) {
                Position inSource = page.sourceMap().get(finding.sourceKey());
                if (inSource != null) {
                    diagnostics.warning(page.origin().file(), inSource, finding.message(), finding.hint());
                } else {
                    // made by the layout, not an article's text: told once, for all the pages that show it
                    layoutFindings.computeIfAbsent(finding.message() + "\n" + finding.hint(), k -> new ArrayList<>())
                            .add(new String[] {"/" + path, page.template()});
                }
            }
        });
        layoutFindings.forEach((key, pages) -> {
            String[] parts = key.split("\n", 2);
            pages.sort(Comparator.comparing((String[] p) -> p[0]));
            List<String> templates = pages.stream().map(p -> p[1]).distinct().sorted().toList();
            String file = templates.size() == 1 ? templates.get(0) : commonLayout(templates.get(0));
            String where = pages.size() == 1 ? " (on " + pages.get(0)[0] + ")"
                    : " (on " + pages.size() + " pages, e.g. " + pages.get(0)[0] + ")";
            diagnostics.warning(file, Position.UNKNOWN, parts[0] + where, parts[1]);
        });
    }

    /** The layout all page templates of a theme share: base.peb beside the given template. */
    private static String commonLayout(String template) {
        int slash = template.lastIndexOf('/');
        return slash < 0 ? "base.peb" : template.substring(0, slash + 1) + "base.peb";
    }
}
