package de.kiezpress.audit;

import java.util.List;
import java.util.Set;

/** What auditing one page found, and what the site-wide link check needs from it. */
public record PageReport(String outputFile, List<Finding> findings, Set<String> ids, List<InternalLink> links) {
    public PageReport {
        findings = List.copyOf(findings);
        ids = Set.copyOf(ids);
        links = List.copyOf(links);
    }
}
