package de.kiezpress.build;

import de.kiezpress.diag.Diagnostic;
import java.time.Duration;
import java.util.List;

/**
 * What a build did: its status, the counts for the summary line, the time of each step and every
 * diagnostic, sorted.
 */
public record BuildResult(Status status, int pages, int files, int articles, List<Diagnostic> diagnostics,
                          List<StepTime> steps, Duration time) {

    /** How a build ended; the CLI turns it into the exit status. */
    public enum Status {
        /** Written (or, for check, nothing wrong). */
        OK,
        /** Content, theme or (with --strict) warnings stopped it; the previous site is untouched. */
        FAILED,
        /** kiezpress.yaml or the command line cannot be used. */
        UNUSABLE
    }

    /** How long one named step took. */
    public record StepTime(String name, Duration time) {
    }

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        steps = List.copyOf(steps);
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.stream().filter(d -> !d.isError()).count();
    }
}
