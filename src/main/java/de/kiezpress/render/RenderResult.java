package de.kiezpress.render;

import de.kiezpress.audit.PageReport;
import java.util.List;

/** What rendering wrote: counts for the summary line, and each page's audit for later link checks. */
public record RenderResult(int pages, int files, List<PageReport> reports) {
    public RenderResult {
        reports = List.copyOf(reports);
    }
}
