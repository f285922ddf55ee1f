package de.kiezpress.content.load;

import de.kiezpress.config.SiteConfig;
import de.kiezpress.content.ArticleType;
import de.kiezpress.content.ContentFile;
import de.kiezpress.content.Resource;
import de.kiezpress.content.Slug;
import de.kiezpress.diag.Diagnostics;
import de.kiezpress.diag.Position;
import de.kiezpress.yaml.SourceText;
import de.kiezpress.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads every Markdown file under content/ into {@link ContentFile}s, in parallel, reporting
 * every problem of every file. Names starting with {@code _} or {@code .} are ignored; a folder
 * with an {@code index.md} is a page bundle whose other files are published with it.
 */
public final class ContentLoader {
    public static final String CONTENT_DIR = "content";

    private final SiteConfig config;
    private final Path siteDir;
    private final Path contentRoot;

    public ContentLoader(SiteConfig config, Path siteDir) {
        this.config = config;
        this.siteDir = siteDir.toAbsolutePath().normalize();
        this.contentRoot = this.siteDir.resolve(CONTENT_DIR);
    }

    /** A Markdown file found under content/, and whether it heads a bundle. */
    public record Candidate(Path file, boolean bundle) {
    }

    /** Finds the Markdown files to load, sorted by path; warns about Markdown files hidden in bundles. */
    public List<Candidate> findCandidates(Diagnostics diagnostics) {
        if (!Files.isDirectory(contentRoot)) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        walk(contentRoot, candidates, diagnostics, new HashSet<>());
        candidates.sort(Comparator.comparing(c -> c.file().toString()));
        return candidates;
    }

    /** Loads all content; files with errors are left out of the result (and reported). */
    public List<ContentFile> loadAll(Diagnostics diagnostics) {
        return findCandidates(diagnostics).parallelStream()
                .map(candidate -> load(candidate, diagnostics))
                .flatMap(Optional::stream)
                .toList();
    }

    /** Loads one file; its problems are added to {@code diagnostics} in one go. */
    public Optional<ContentFile> load(Candidate candidate, Diagnostics diagnostics) {
        Diagnostics own = new Diagnostics();
        Optional<ContentFile> loaded = load(candidate.file(), candidate.bundle(), own);
        diagnostics.addAll(own.sorted());
        return loaded;
    }

    private Optional<ContentFile> load(Path file, boolean bundle, Diagnostics diagnostics) {
        Candidate candidate = new Candidate(file, bundle);
        String shown = displayPath(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(shown, Position.UNKNOWN, "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        Optional<String> text = SourceText.decode(bytes, shown, diagnostics);
        Optional<FrontMatterSplitter.Split> split = text.flatMap(t -> FrontMatterSplitter.split(t, shown, diagnostics));
        if (split.isEmpty()) {
            return Optional.empty();
        }
        int yamlLine = split.get().yamlLine();
        var yaml = new YamlReader().read(split.get().yaml(), shown, yamlLine - 1, diagnostics);
        if (yaml.isEmpty()) {
            // not only blank YAML: YAML of only comments is empty too, and with no error reported the
            // file would vanish from the site without a word
            if (!diagnostics.hasErrors()) {
                diagnostics.error(shown, Position.line(1), "the front matter is empty", "add at least title and date");
            }
            return Optional.empty();
        }
        String name = candidate.bundle() ? file.getParent().getFileName().toString() : stripExtension(file.getFileName().toString());
        var parsed = new FrontMatterParser(config, shown, file, contentRoot, diagnostics)
                .parse(yaml.get(), defaultType(file), Slug.fromFileName(name));
        return parsed.map(p -> new ContentFile(shown, file, p.meta(), p.slug(), p.url(),
                resources(candidate, p.resources(), p.url(), diagnostics), split.get().body(), split.get().bodyLine()));
    }

    /** The path users see in messages: {@code content/…/x.md}, with forward slashes. */
    public String displayPath(Path file) {
        return siteDir.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    public Path contentRoot() {
        return contentRoot;
    }

    private ArticleType defaultType(Path file) {
        Path relative = contentRoot.relativize(file.toAbsolutePath().normalize());
        if (relative.getNameCount() < 2) {
            return ArticleType.PRESS_RELEASE;
        }
        return ArticleType.fromFolder(relative.getName(0).toString()).orElse(ArticleType.PRESS_RELEASE);
    }

    /** Bundle files first, then what the front matter names; one entry per output path. */
    private List<Resource> resources(Candidate candidate, List<Resource> named, String url, Diagnostics diagnostics) {
        Map<String, Resource> byOutput = new LinkedHashMap<>();
        if (candidate.bundle()) {
            String outputDir = url.substring(1);
            Path bundleDir = candidate.file().getParent();
            try (Stream<Path> files = Files.walk(bundleDir)) {
                files.filter(Files::isRegularFile)
                        .filter(p -> !p.equals(candidate.file()) && !isMarkdown(p) && !isIgnored(bundleDir.relativize(p)))
                        .filter(p -> staysInside(p, diagnostics))
                        .sorted()
                        .forEach(p -> byOutput.put(outputDir + bundleDir.relativize(p).toString().replace('\\', '/'),
                                new Resource(p, outputDir + bundleDir.relativize(p).toString().replace('\\', '/'))));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + bundleDir, e);
            }
        }
        named.forEach(r -> byOutput.putIfAbsent(r.outputPath(), r));
        return List.copyOf(byOutput.values());
    }

    /** A bundle file that is a link to a file outside content/ is not published (it could be any file). */
    private boolean staysInside(Path bundleFile, Diagnostics diagnostics) {
        if (ResourceResolver.isReallyInside(bundleFile, contentRoot)) {
            return true;
        }
        diagnostics.warning(displayPath(bundleFile), Position.UNKNOWN,
                "this file links to a file outside the content folder and is not published",
                "copy the file into the bundle folder instead of linking to it");
        return false;
    }

    private void walk(Path dir, List<Candidate> candidates, Diagnostics diagnostics, Set<Path> visited) {
        // A folder link back to a folder already read (content/x/loop -> content) would be followed
        // level after level, loading every article once per level, until the system refuses the path.
        try {
            if (!visited.add(dir.toRealPath())) {
                diagnostics.warning(displayPath(dir), Position.UNKNOWN,
                        "this folder links back to a folder that is already read, and is skipped", "remove the link");
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
        List<Path> children;
        try (Stream<Path> list = Files.list(dir)) {
            children = list.filter(p -> !isIgnoredName(p.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        Path index = dir.resolve("index.md");
        if (!dir.equals(contentRoot) && Files.isRegularFile(index)) {
            candidates.add(new Candidate(index, true));
            warnAboutHiddenMarkdown(dir, index, diagnostics);
            return;
        }
        for (Path child : children) {
            if (Files.isDirectory(child)) {
                walk(child, candidates, diagnostics, visited);
            } else if (isMarkdown(child)) {
                candidates.add(new Candidate(child, false));
            }
        }
    }

    private void warnAboutHiddenMarkdown(Path bundleDir, Path index, Diagnostics diagnostics) {
        try (Stream<Path> files = Files.walk(bundleDir)) {
            files.filter(p -> isMarkdown(p) && !p.equals(index) && !isIgnored(bundleDir.relativize(p)))
                    .sorted()
                    .forEach(p -> diagnostics.warning(displayPath(p), Position.UNKNOWN,
                            "this file is inside the page bundle of " + displayPath(index) + " and is not published",
                            "move it out of the bundle folder, or rename it with a leading _ to silence this"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + bundleDir, e);
        }
    }

    private static boolean isIgnored(Path relative) {
        for (Path part : relative) {
            if (isIgnoredName(part.toString())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIgnoredName(String name) {
        return name.startsWith("_") || name.startsWith(".");
    }

    private static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
