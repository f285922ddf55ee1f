package de.kiezpress.serve;

import de.kiezpress.build.BuildResult;
import de.kiezpress.diag.Diagnostic;
import java.util.List;

/**
 * What one build of the preview did, for the terminal and for the open tabs.
 *
 * @param result       the build's result; {@code result.pages()} counts the pages made by it
 * @param pagesInSite  how many pages the site has (after this build, or the last good one if it failed)
 * @param full         whether everything was built, not only what the changes touched
 * @param fresh        the diagnostics the build before did not have (all of them for the first build)
 * @param reloadTabs   whether open tabs should reload: pages changed, or the site broke or was fixed
 */
public record RebuildReport(BuildResult result, long pagesInSite, boolean full, List<Diagnostic> fresh,
                            boolean reloadTabs) {
    public RebuildReport {
        fresh = List.copyOf(fresh);
    }

    public boolean ok() {
        return result.status() == BuildResult.Status.OK;
    }
}
