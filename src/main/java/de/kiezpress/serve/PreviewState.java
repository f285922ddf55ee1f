package de.kiezpress.serve;

import de.kiezpress.diag.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * What the server shows now: the site under its base path, or, while the site does not build,
 * the error page instead of every HTML page.
 *
 * @param basePath  the path the site is served under, e.g. {@code /} or {@code /sozialraum/}
 * @param problems  the diagnostics of the build that failed; empty while the site builds
 * @param errorPage the page shown while the site does not build
 */
record PreviewState(String basePath, List<Diagnostic> problems, Optional<String> errorPage) {
    PreviewState {
        problems = List.copyOf(problems);
    }

    static PreviewState building(String basePath) {
        return new PreviewState(basePath, List.of(), Optional.empty());
    }

    static PreviewState good(String basePath) {
        return new PreviewState(basePath, List.of(), Optional.empty());
    }

    static PreviewState broken(String basePath, List<Diagnostic> problems, String errorPage) {
        return new PreviewState(basePath, problems, Optional.of(errorPage));
    }

    boolean broken() {
        return errorPage.isPresent();
    }
}
