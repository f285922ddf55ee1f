package de.kiezpress.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in one file, printed the way editors and CI parse it:
 * {@code content/x.md:3:7: error: message (hint)}.
 *
 * @param file the path as the user knows it, relative to the site's folder, with forward slashes;
 *             empty when the problem concerns the whole run
 * @param hint a suggestion of how to fix it, or empty
 */
public record Diagnostic(Severity severity, String file, Position position, String message, String hint) {

    /** Sorts by file, then line, then column, then severity, then message, so output is stable. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt((Diagnostic d) -> d.position().line())
            .thenComparingInt(d -> d.position().column())
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message)
            .thenComparing(Diagnostic::hint);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    public static Diagnostic error(String file, Position position, String message) {
        return new Diagnostic(Severity.ERROR, file, position, message, "");
    }

    public static Diagnostic warning(String file, Position position, String message) {
        return new Diagnostic(Severity.WARNING, file, position, message, "");
    }

    public Diagnostic withHint(String newHint) {
        return new Diagnostic(severity, file, position, message, newHint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form: {@code file:line:col: severity: message (hint)}. */
    public String format() {
        StringBuilder line = new StringBuilder();
        if (!file.isEmpty()) {
            line.append(file);
            if (position.isKnown()) {
                line.append(':').append(position.line()).append(':').append(position.column());
            }
            line.append(": ");
        }
        line.append(severity.label()).append(": ").append(message);
        if (!hint.isEmpty()) {
            line.append(" (").append(hint).append(')');
        }
        return line.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
