package de.kiezpress.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.build.Build;
import de.kiezpress.build.BuildOptions;
import de.kiezpress.build.BuildResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The default theme's files, read without a browser: the colour tokens of both schemes meet their
 * contrast ratios (including those axe cannot see: focus ring, control borders, visited links),
 * both string files are complete, and no template prints text that does not come from them.
 */
class ThemeFilesIT {
    private static final Path THEME = ExampleSite.projectRoot().resolve("themes/default");
    private static final Pattern TOKEN = Pattern.compile("--kp-([a-z-]+):\\s*(#[0-9a-fA-F]{6})\\s*;");

    /** Foreground, background, least ratio: text 4.5:1 (WCAG 1.4.3), borders and focus 3:1 (1.4.11). */
    private static final List<Object[]> PAIRS = List.of(
            new Object[] {"text", "bg", 4.5}, new Object[] {"text", "panel", 4.5},
            new Object[] {"muted", "bg", 4.5}, new Object[] {"muted", "panel", 4.5},
            new Object[] {"link", "bg", 4.5}, new Object[] {"link", "panel", 4.5},
            new Object[] {"visited", "bg", 4.5}, new Object[] {"visited", "panel", 4.5},
            new Object[] {"link-hover", "bg", 4.5}, new Object[] {"link-hover", "panel", 4.5},
            new Object[] {"header-text", "header-bg", 4.5}, new Object[] {"button-text", "button-bg", 4.5},
            new Object[] {"current-text", "current-bg", 4.5}, new Object[] {"note-text", "note-bg", 4.5},
            new Object[] {"focus-text", "focus", 4.5},
            new Object[] {"control", "bg", 3.0}, new Object[] {"current-bg", "bg", 3.0},
            new Object[] {"button-bg", "bg", 3.0}, new Object[] {"accent", "bg", 3.0}, new Object[] {"accent", "panel", 3.0},
            new Object[] {"header-line", "bg", 3.0}, new Object[] {"note-line", "note-bg", 3.0});

    @TempDir
    Path work;

    @Test
    void everyColourPairMeetsItsContrastRatioInTheLightAndTheDarkScheme() throws IOException {
        String css = Files.readString(THEME.resolve("static/css/kiezpress.css"));
        Map<String, String> light = tokens(css.substring(css.indexOf(":root {"), css.indexOf('}', css.indexOf(":root {"))));
        int dark = css.indexOf("@media (prefers-color-scheme: dark)");
        Map<String, String> darkTokens = new LinkedHashMap<>(light);
        darkTokens.putAll(tokens(css.substring(dark, css.indexOf('}', dark))));
        assertThat(tokens(css.substring(dark, css.indexOf('}', dark))).keySet())
                .as("the dark scheme mirrors every colour of the light one").containsAll(light.keySet());

        List<String> failures = new ArrayList<>();
        for (var scheme : Map.of("light", light, "dark", darkTokens).entrySet()) {
            Map<String, String> t = scheme.getValue();
            for (Object[] pair : PAIRS) {
                double ratio = contrast(t.get((String) pair[0]), t.get((String) pair[1]));
                if (ratio < (double) pair[2]) {
                    failures.add(String.format("%s: %s on %s is %.2f:1, needs %.1f:1", scheme.getKey(), pair[0], pair[1], ratio, pair[2]));
                }
            }
            // The focus state is a yellow area with a dark bar: one of the two must stand out from every background.
            for (String background : List.of("bg", "panel", "header-bg")) {
                double ratio = Math.max(contrast(t.get("focus"), t.get(background)), contrast(t.get("focus-text"), t.get(background)));
                if (ratio < 3.0) {
                    failures.add(String.format("%s: the focus state on %s is %.2f:1, needs 3:1", scheme.getKey(), background, ratio));
                }
            }
        }
        assertThat(failures).as("contrast:%n%s", PageChecks.joined(failures)).isEmpty();
    }

    @Test
    void theContrastCheckIsRight() {
        assertThat(contrast("#000000", "#ffffff")).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#767676", "#ffffff")).isEqualTo(4.54, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#ffffff", "#ffffff")).isEqualTo(1.0);
    }

    @Test
    void bothStringFilesHaveTheSameKeysAndEveryKeyATemplateUses() {
        Map<String, String> german = strings("de");
        Map<String, String> english = strings("en");
        assertThat(english.keySet()).as("keys of en.yaml").isEqualTo(german.keySet());
        assertThat(german).allSatisfy((key, value) -> assertThat(value).as(key).isNotBlank());
        assertThat(english).allSatisfy((key, value) -> assertThat(value).as(key).isNotBlank());

        Set<String> used = new TreeSet<>();
        Matcher call = Pattern.compile("\\bt\\(['\"]([A-Za-z0-9.-]+)['\"]").matcher(allTemplates());
        while (call.find()) {
            used.add(call.group(1));
        }
        assertThat(used).hasSizeGreaterThan(40);
        for (String key : used) {
            assertThat(german.containsKey(key) || german.containsKey(key + ".other")).as("de.yaml has %s", key).isTrue();
        }
    }

    @Test
    void templatesPrintNoTextOfTheirOwn() {
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            String text = read(template)
                    .replaceAll("(?s)\\{#.*?#}|\\{%.*?%}|\\{\\{.*?}}", "")
                    .replaceAll("(?s)<(style|script)\\b[^>]*>.*?</\\1>", "");
            // Attributes a reader hears or sees; meta content holds machine values ("noindex", "light dark").
            Matcher attribute = Pattern.compile("\\b(aria-label|alt|title|placeholder|value)=\"([^\"]*)\"").matcher(text);
            while (attribute.find()) {
                if (attribute.group(2).matches(".*\\p{L}.*")) {
                    found.add(THEME.relativize(template) + ": " + attribute.group(0));
                }
            }
            String visible = text.replaceAll("(?s)<[^>]*>", " ").strip();
            if (visible.matches("(?s).*\\p{L}.*")) {
                found.add(THEME.relativize(template) + ": text \"" + visible.replaceAll("\\s+", " ") + "\"");
            }
        }
        assertThat(found).as("every string a reader sees comes from i18n/*.yaml:%n%s", PageChecks.joined(found)).isEmpty();
    }

    @Test
    void theExampleSiteBuildsInEnglishWithoutAMissingString() throws IOException {
        Path root = ExampleSite.projectRoot();
        Path site = work.resolve("english");
        copy(root.resolve("content"), site.resolve("content"));
        copy(root.resolve("themes"), site.resolve("themes"));
        Files.writeString(site.resolve("kiezpress.yaml"),
                Files.readString(root.resolve("kiezpress.yaml")).replace("language: de", "language: en"));
        BuildResult result = Build.run(BuildOptions.of(site));
        assertThat(result.status()).isEqualTo(BuildResult.Status.OK);
        assertThat(result.diagnostics()).noneMatch(d -> d.toString().contains("is missing"));
        assertThat(Files.readString(site.resolve("site/index.html"))).contains("lang=\"en\"").contains(">Skip to content</a>");
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static Map<String, String> tokens(String block) {
        Map<String, String> tokens = new LinkedHashMap<>();
        Matcher matcher = TOKEN.matcher(block);
        while (matcher.find()) {
            tokens.put(matcher.group(1), matcher.group(2).toLowerCase());
        }
        return tokens;
    }

    private static Map<String, String> strings(String language) {
        Map<String, String> flat = new TreeMap<>();
        flatten("", new Yaml().load(read(THEME.resolve("i18n/" + language + ".yaml"))), flat);
        return flat;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object node, Map<String, String> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, into));
        } else {
            into.put(prefix, String.valueOf(node));
        }
    }

    private static List<Path> templates() {
        try (Stream<Path> files = Files.walk(THEME.resolve("templates"))) {
            return files.filter(f -> f.toString().endsWith(".peb")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String allTemplates() {
        StringBuilder all = new StringBuilder();
        templates().forEach(t -> all.append(read(t)).append('\n'));
        return all.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
