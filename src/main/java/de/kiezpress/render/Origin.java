package de.kiezpress.render;

import de.kiezpress.diag.Position;

/** Who asked for an output file: a content file (and the line), or a template for generated pages. */
public record Origin(String file, Position position) {
    public static Origin of(String file) {
        return new Origin(file, Position.UNKNOWN);
    }

    /** For messages: {@code content/x.md:4:1}. */
    public String describe() {
        return position.isKnown() ? file + ":" + position.line() + ":" + position.column() : file;
    }
}
