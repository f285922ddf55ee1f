package de.kiezpress.diag;

/** A 1-based line and column in a file; {@link #UNKNOWN} when a problem concerns the file as a whole. */
public record Position(int line, int column) {
    public static final Position UNKNOWN = new Position(0, 0);

    public Position {
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative: " + line + ":" + column);
        }
    }

    public static Position of(int line, int column) {
        return new Position(line, column);
    }

    public static Position line(int line) {
        return new Position(line, 1);
    }

    public boolean isKnown() {
        return line > 0;
    }

    /** This position moved down by {@code lines}, e.g. from the front matter to the whole file. */
    public Position plusLines(int lines) {
        return isKnown() ? new Position(line + lines, column) : this;
    }
}
