package de.kiezpress.yaml;

import de.kiezpress.diag.Position;
import java.util.Objects;

/**
 * A single value as written. {@code kind} is what YAML's core schema makes of the plain text
 * ({@code 2022-06-14} is a timestamp, {@code yes} a boolean); quoted values are always strings.
 */
public record YamlScalar(String value, Kind kind, Position position) implements YamlNode {

    public enum Kind { STRING, INTEGER, FLOAT, BOOLEAN, NULL, TIMESTAMP }

    public YamlScalar {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(position, "position");
    }

    public boolean isNull() {
        return kind == Kind.NULL;
    }

    @Override
    public String describe() {
        return switch (kind) {
            case NULL -> "empty";
            case BOOLEAN -> "true/false";
            case INTEGER -> "a whole number";
            // not just "a number": "expected a whole number, found a number" would explain nothing
            case FLOAT -> "a decimal number";
            default -> "text";
        };
    }
}
