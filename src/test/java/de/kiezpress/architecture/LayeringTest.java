package de.kiezpress.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the dependencies pointing one way, as DEVELOPERS.md draws them: each package may use
 * only the packages listed for it. Read from the sources' imports and qualified names.
 */
class LayeringTest {
    private static final Path SOURCES = Path.of("src/main/java/de/kiezpress");
    private static final Pattern REFERENCE = Pattern.compile("\\bde\\.kiezpress\\.([a-z]+(?:\\.[a-z]+)*)\\.[A-Z]");

    /** Package → the kiezpress packages it may use (besides itself). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("diag", Set.of()),
            Map.entry("yaml", Set.of("diag")),
            Map.entry("config", Set.of("diag", "yaml")),
            Map.entry("content", Set.of("diag", "config")),
            Map.entry("content.load", Set.of("diag", "yaml", "config", "content")),
            Map.entry("markdown", Set.of("diag", "config", "content")),
            Map.entry("related", Set.of()),
            Map.entry("site", Set.of("diag", "config", "content", "related")),
            Map.entry("template", Set.of("diag", "yaml", "config", "content", "site")),
            Map.entry("audit", Set.of("diag", "config")),
            Map.entry("output", Set.of("diag", "config", "content", "template")),
            Map.entry("render", Set.of("diag", "config", "content", "site", "template", "audit", "output")),
            Map.entry("build", Set.of("diag", "yaml", "config", "content", "content.load", "markdown", "related", "site",
                    "template", "audit", "output", "render")),
            Map.entry("serve", Set.of("diag", "yaml", "config", "content", "content.load", "markdown", "related", "site",
                    "template", "audit", "output", "render", "build")),
            Map.entry("cli", Set.of("diag", "yaml", "config", "content", "content.load", "markdown", "related", "site",
                    "template", "audit", "output", "render", "build", "serve")),
            Map.entry("", Set.of("cli")));

    @Test
    void everyPackageUsesOnlyThePackagesBelowIt() throws IOException {
        List<String> violations = new ArrayList<>();
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(file.getParent() == null ? SOURCES : file.getParent()).toString()
                        .replace('/', '.').replace('\\', '.');
                packages.add(pkg);
                Set<String> allowed = ALLOWED.get(pkg);
                if (allowed == null) {
                    violations.add(pkg + " is not in the layering table");
                    continue;
                }
                Matcher matcher = REFERENCE.matcher(Files.readString(file));
                while (matcher.find()) {
                    String used = matcher.group(1);
                    if (!used.equals(pkg) && !allowed.contains(used)) {
                        violations.add(SOURCES.relativize(file) + " uses " + used);
                    }
                }
            }
        }
        assertThat(packages).contains("diag", "config", "content", "site", "render", "build", "cli");
        assertThat(violations).isEmpty();
    }

    @Test
    void everyPackageHasAOneSentenceDescription() throws IOException {
        try (Stream<Path> dirs = Files.walk(SOURCES)) {
            List<Path> missing = dirs.filter(Files::isDirectory)
                    .filter(d -> hasJava(d) && !Files.exists(d.resolve("package-info.java")))
                    .toList();
            assertThat(missing).isEmpty();
        }
    }

    private static boolean hasJava(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.anyMatch(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java"))
                    && !dir.equals(SOURCES);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
