package de.kiezpress.yaml;

import de.kiezpress.diag.Diagnostics;
import de.kiezpress.diag.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Typed reads from a {@link YamlNode} tree for one file: every wrong type becomes one diagnostic
 * naming the key and pointing at the value, and the read returns empty instead of failing.
 */
public final class FieldReader {
    private final String file;
    private final Diagnostics diagnostics;

    public FieldReader(String file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    public String file() {
        return file;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /** Warns about each key not in {@code known}, suggesting the nearest known one. */
    public void warnUnknownKeys(YamlMap map, Collection<String> known, String prefix) {
        for (YamlMap.Entry entry : map.entries()) {
            if (!known.contains(entry.name())) {
                diagnostics.warning(file, entry.key().position(), "unknown key \"" + prefix + entry.name() + "\"",
                        Suggestions.didYouMean(entry.name(), known));
            }
        }
    }

    public Optional<YamlMap> map(YamlNode node, String key) {
        if (node instanceof YamlMap map) {
            return Optional.of(map);
        }
        if (isNull(node)) {
            return Optional.empty();
        }
        wrongType(node, key, "a group of keys (one \"name: value\" per indented line)");
        return Optional.empty();
    }

    /** Text from any scalar (a number or date written plainly is taken as its text). */
    public Optional<String> text(YamlNode node, String key) {
        if (node instanceof YamlScalar scalar) {
            return scalar.isNull() ? Optional.empty() : Optional.of(scalar.value());
        }
        wrongType(node, key, "text");
        return Optional.empty();
    }

    /** Non-blank text, trimmed; blank text is reported. */
    public Optional<String> nonBlankText(YamlNode node, String key) {
        Optional<String> text = text(node, key).map(String::strip);
        if (text.isPresent() && text.get().isEmpty()) {
            diagnostics.error(file, node.position(), key + ": must not be empty");
            return Optional.empty();
        }
        return text;
    }

    /**
     * Non-blank text for a key that must have a value: unlike {@link #nonBlankText}, a key written
     * without a value ({@code title:}) is reported too, at the place the value belongs, instead of
     * being read as "not given".
     */
    public Optional<String> requiredText(YamlNode node, String key) {
        if (isNull(node)) {
            diagnostics.error(file, node.position(), key + ": must not be empty");
            return Optional.empty();
        }
        return nonBlankText(node, key);
    }

    public Optional<Boolean> bool(YamlNode node, String key) {
        if (node instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.BOOLEAN) {
            return Optional.of(Boolean.parseBoolean(normaliseBoolean(scalar.value())));
        }
        if (isNull(node)) {
            return Optional.empty();
        }
        String shown = node instanceof YamlScalar s ? "\"" + s.value() + "\" is not true or false" : "expected true or false";
        diagnostics.error(file, node.position(), key + ": " + shown, "write true or false");
        return Optional.empty();
    }

    public Optional<Integer> integer(YamlNode node, String key, int min, int max) {
        if (node instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.INTEGER) {
            try {
                int value = Integer.parseInt(scalar.value().replace("_", ""));
                if (value >= min && value <= max) {
                    return Optional.of(value);
                }
            } catch (NumberFormatException e) {
                // YAML also reads 0x1F, 0o17 or 1:30 as integers; only digits too many to hold are out of range
                if (!scalar.value().matches("[-+]?[0-9_]+")) {
                    diagnostics.error(file, node.position(), key + ": \"" + scalar.value()
                            + "\" is not written as a plain whole number", "write it in digits, e.g. 10");
                    return Optional.empty();
                }
            }
            diagnostics.error(file, node.position(), key + ": " + scalar.value() + " is out of range (" + min + " to " + max + ")");
            return Optional.empty();
        }
        if (isNull(node)) {
            return Optional.empty();
        }
        wrongType(node, key, "a whole number");
        return Optional.empty();
    }

    public Optional<Double> number(YamlNode node, String key, double min, double max) {
        if (node instanceof YamlScalar scalar
                && (scalar.kind() == YamlScalar.Kind.INTEGER || scalar.kind() == YamlScalar.Kind.FLOAT)) {
            try {
                double value = Double.parseDouble(scalar.value().replace("_", ""));
                if (value >= min && value <= max) {
                    return Optional.of(value);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            diagnostics.error(file, node.position(), key + ": " + scalar.value() + " is out of range (" + min + " to " + max + ")");
            return Optional.empty();
        }
        if (isNull(node)) {
            return Optional.empty();
        }
        wrongType(node, key, "a number");
        return Optional.empty();
    }

    /** A list of scalars; a single scalar counts as a list of one. Empty items are reported. */
    public List<YamlScalar> scalarList(YamlNode node, String key) {
        List<YamlScalar> result = new ArrayList<>();
        if (node instanceof YamlScalar scalar) {
            if (!scalar.isNull()) {
                result.add(scalar);
            }
            return result;
        }
        if (!(node instanceof YamlList list)) {
            wrongType(node, key, "a list");
            return result;
        }
        for (YamlNode item : list.items()) {
            if (item instanceof YamlScalar scalar && !scalar.isNull() && !scalar.value().isBlank()) {
                result.add(scalar);
            } else if (item instanceof YamlScalar) {
                diagnostics.error(file, item.position(), key + ": the list has an empty entry");
            } else {
                wrongType(item, key + " entry", "text");
            }
        }
        return result;
    }

    /** A list of groups of keys, e.g. attachments. */
    public List<YamlMap> mapList(YamlNode node, String key) {
        List<YamlMap> result = new ArrayList<>();
        if (isNull(node)) {
            return result;
        }
        if (!(node instanceof YamlList list)) {
            wrongType(node, key, "a list (each entry starting with \"- \")");
            return result;
        }
        for (YamlNode item : list.items()) {
            map(item, key + " entry").ifPresent(result::add);
        }
        return result;
    }

    public void wrongType(YamlNode node, String key, String expected) {
        diagnostics.error(file, node.position(), key + ": expected " + expected + ", found " + node.describe());
    }

    private static boolean isNull(YamlNode node) {
        return node instanceof YamlScalar scalar && scalar.isNull();
    }

    private static String normaliseBoolean(String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on", "y" -> "true";
            default -> "false";
        };
    }
}
