package de.kiezpress.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The one collector every stage of a run appends to. Safe to use from parallel stages; read it
 * back sorted, so the order of parallel work never shows in the output.
 */
public final class Diagnostics {
    private final ConcurrentLinkedQueue<Diagnostic> all = new ConcurrentLinkedQueue<>();

    public void add(Diagnostic diagnostic) {
        all.add(diagnostic);
    }

    public void addAll(Iterable<Diagnostic> diagnostics) {
        diagnostics.forEach(all::add);
    }

    public void error(String file, Position position, String message) {
        add(Diagnostic.error(file, position, message));
    }

    public void error(String file, Position position, String message, String hint) {
        add(Diagnostic.error(file, position, message).withHint(hint));
    }

    public void warning(String file, Position position, String message) {
        add(Diagnostic.warning(file, position, message));
    }

    public void warning(String file, Position position, String message, String hint) {
        add(Diagnostic.warning(file, position, message).withHint(hint));
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return all.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return all.stream().filter(d -> !d.isError()).count();
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** Every diagnostic, sorted by file and position, duplicates removed. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> list = new ArrayList<>(all);
        list.sort(Diagnostic.ORDER);
        List<Diagnostic> unique = new ArrayList<>(list.size());
        for (Diagnostic d : list) {
            if (unique.isEmpty() || !unique.get(unique.size() - 1).equals(d)) {
                unique.add(d);
            }
        }
        return List.copyOf(unique);
    }
}
