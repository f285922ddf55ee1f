package de.kiezpress.template;

/** A label and where it leads (already prefixed with the base path); {@code url} null for "no link". */
public record Link(String label, String url) {
}
