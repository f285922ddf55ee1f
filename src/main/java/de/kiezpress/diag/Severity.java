package de.kiezpress.diag;

/** How bad a diagnostic is; errors fail a build, warnings only with {@code --strict}. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word printed in a diagnostic line, e.g. {@code error}. */
    public String label() {
        return label;
    }
}
