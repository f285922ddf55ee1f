package de.kiezpress.content;

import de.kiezpress.diag.Position;

/** A value from front matter that a later stage may have to complain about, with where it was written. */
public record Ref(String value, Position position) {
}
