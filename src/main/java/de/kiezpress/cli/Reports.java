package de.kiezpress.cli;

import de.kiezpress.build.BuildResult;
import de.kiezpress.diag.Diagnostic;
import java.io.PrintStream;

/** Prints what a build found: diagnostics to stderr, one per line, then the summary line. */
final class Reports {
    private Reports() {
    }

    static void print(BuildResult result, String whereWritten, boolean verbose, PrintStream out, PrintStream err) {
        for (Diagnostic diagnostic : result.diagnostics()) {
            err.println(diagnostic.format());
        }
        if (verbose) {
            for (BuildResult.StepTime step : result.steps()) {
                err.printf("  %-26s %6d ms%n", step.name(), step.time().toMillis());
            }
        }
        long warnings = result.warningCount();
        long errors = result.errorCount();
        String counts = result.pages() + " pages, " + result.articles() + " articles, " + plural(warnings, "warning")
                + ", " + plural(errors, "error") + " in " + result.time().toMillis() + " ms";
        switch (result.status()) {
            case OK -> out.println("kiezpress: " + counts + (whereWritten.isEmpty() ? "" : "; " + whereWritten));
            case FAILED -> err.println("kiezpress: failed: " + counts + "; the previous site is unchanged");
            case UNUSABLE -> err.println("kiezpress: cannot build: " + plural(errors, "error") + " in the settings or options");
            default -> throw new IllegalStateException("unknown status " + result.status());
        }
    }

    static int exitStatus(BuildResult result) {
        return switch (result.status()) {
            case OK -> Cli.OK;
            case FAILED -> Cli.CONTENT_ERRORS;
            case UNUSABLE -> Cli.USAGE;
        };
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
