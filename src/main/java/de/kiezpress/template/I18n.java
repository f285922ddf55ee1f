package de.kiezpress.template;

import de.kiezpress.diag.Diagnostics;
import de.kiezpress.diag.Position;
import de.kiezpress.yaml.SourceText;
import de.kiezpress.yaml.YamlMap;
import de.kiezpress.yaml.YamlNode;
import de.kiezpress.yaml.YamlReader;
import de.kiezpress.yaml.YamlScalar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The strings a reader sees, from the theme's {@code i18n/<language>.yaml} (nested keys are
 * joined with dots). {@code {0}}, {@code {1}} … are replaced by arguments; a key with
 * {@code one}/{@code other} children picks its form by the first argument.
 */
public final class I18n {
    private final String language;
    private final Locale locale;
    private final Map<String, String> strings;
    private final Diagnostics diagnostics;
    private final String fileForMessages;
    private final Set<String> reportedMissing = ConcurrentHashMap.newKeySet();
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter monthYear;

    I18n(String language, Map<String, String> strings, Diagnostics diagnostics, String fileForMessages) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.strings = Map.copyOf(strings);
        this.diagnostics = diagnostics;
        this.fileForMessages = fileForMessages;
        this.longDate = DateTimeFormatter.ofPattern(strings.getOrDefault("date.long", "d MMMM uuuu"), locale);
        this.monthYear = DateTimeFormatter.ofPattern(strings.getOrDefault("date.monthYear", "MMMM uuuu"), locale);
    }

    /** Loads the strings of {@code language} from the theme's layers; missing keys are warned about when used. */
    public static I18n load(Theme theme, String language, Diagnostics diagnostics) {
        Map<String, String> strings = new HashMap<>();
        String shown = "themes/" + theme.layers().get(0).name() + "/i18n/" + language + ".yaml";
        var files = theme.i18nFiles(language);
        if (files.isEmpty()) {
            diagnostics.error(shown, Position.UNKNOWN, "the theme has no strings for language \"" + language + "\"",
                    "add i18n/" + language + ".yaml to the theme, or set language in kiezpress.yaml");
        }
        for (Path file : files) {
            String display = theme.displayPath(file);
            try {
                SourceText.decode(Files.readAllBytes(file), display, diagnostics)
                        .flatMap(text -> new YamlReader().read(text, display, 0, diagnostics))
                        .ifPresent(root -> flatten("", root, strings, display, diagnostics));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            shown = display;
        }
        return new I18n(language, strings, diagnostics, shown);
    }

    public String language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return strings.containsKey(key) || strings.containsKey(key + ".other");
    }

    /** The string for {@code key} with its placeholders filled; {@code [key]} (and a warning) if missing. */
    public String text(String key, Object... args) {
        String template = strings.get(key);
        if (template == null && args.length > 0 && args[0] instanceof Number n) {
            template = strings.get(key + (n.longValue() == 1 ? ".one" : ".other"));
        }
        if (template == null) {
            template = strings.get(key + ".other");
        }
        if (template == null) {
            if (reportedMissing.add(key)) {
                diagnostics.warning(fileForMessages, Position.UNKNOWN, "the string \"" + key + "\" is missing",
                        "add it to the theme's i18n/" + language + ".yaml");
            }
            return "[" + key + "]";
        }
        if (args.length == 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 16);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && template.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(template.substring(i + 1, close));
                out.append(index < args.length ? String.valueOf(args[index]) : "");
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** "14. Juni 2022" (the pattern is the string {@code date.long}). */
    public String longDate(LocalDate date) {
        return longDate.format(date);
    }

    /** "Juni 2022" (the pattern is the string {@code date.monthYear}). */
    public String monthYear(LocalDate date) {
        return monthYear.format(date);
    }

    private static void flatten(String prefix, YamlNode node, Map<String, String> into, String file, Diagnostics diagnostics) {
        if (node instanceof YamlMap map) {
            for (YamlMap.Entry entry : map.entries()) {
                flatten(prefix.isEmpty() ? entry.name() : prefix + "." + entry.name(), entry.value(), into, file, diagnostics);
            }
        } else if (node instanceof YamlScalar scalar && !scalar.isNull()) {
            into.put(prefix, scalar.value());
        } else {
            diagnostics.error(file, node.position(), prefix + ": expected text or a group of keys, found " + node.describe());
        }
    }
}
