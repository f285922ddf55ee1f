package de.kiezpress.template;

import de.kiezpress.diag.Diagnostics;
import de.kiezpress.diag.Position;
import de.kiezpress.yaml.FieldReader;
import de.kiezpress.yaml.SourceText;
import de.kiezpress.yaml.YamlMap;
import de.kiezpress.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A theme and the themes it extends, most specific first. A theme is a folder with
 * {@code templates/}, {@code static/}, {@code i18n/} and an optional {@code theme.yaml}
 * ({@code extends: default}); a file in a child theme replaces the parent's file of the same name.
 * The default theme is also built into kiezpress, for sites without their own copy.
 */
public final class Theme {
    private static final String BUILT_IN = "/kiezpress/themes/default/";
    private static final int MAX_DEPTH = 8;

    /** One folder of the chain and the path users know it by ({@code themes/default}). */
    public record Layer(String name, Path root, String displayPath) {
    }

    private final List<Layer> layers;

    private Theme(List<Layer> layers) {
        this.layers = List.copyOf(layers);
    }

    /** Loads {@code name} from {@code siteDir/themes/}, following {@code extends}. */
    public static Optional<Theme> load(Path siteDir, String name, Diagnostics diagnostics) {
        List<Layer> layers = new ArrayList<>();
        String current = name;
        String requestedBy = "kiezpress.yaml";
        while (current != null) {
            String wanted = current;
            if (layers.stream().anyMatch(l -> l.name().equals(wanted)) || layers.size() >= MAX_DEPTH) {
                diagnostics.error(requestedBy, Position.UNKNOWN, "themes extend each other in a circle: " + current);
                return Optional.empty();
            }
            Optional<Layer> layer = find(siteDir, current);
            if (layer.isEmpty()) {
                diagnostics.error(requestedBy, Position.UNKNOWN, "theme \"" + current + "\" not found",
                        "expected a folder themes/" + current + "/ with templates/ or a theme.yaml inside");
                return Optional.empty();
            }
            layers.add(layer.get());
            current = parentOf(layer.get(), diagnostics);
            requestedBy = layer.get().displayPath() + "/theme.yaml";
        }
        return Optional.of(new Theme(layers));
    }

    public List<Layer> layers() {
        return layers;
    }

    /** The file at {@code relative} in the most specific layer that has it. */
    public Optional<Path> find(String relative) {
        for (Layer layer : layers) {
            Path file = layer.root().resolve(relative);
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /** The path users know a theme file by ({@code themes/default/templates/base.peb}). */
    public String displayPath(Path file) {
        for (Layer layer : layers) {
            if (file.startsWith(layer.root())) {
                return layer.displayPath() + "/" + layer.root().relativize(file).toString().replace('\\', '/');
            }
        }
        return file.toString();
    }

    /** Every static file, child layers replacing parents': output path → file. */
    public Map<String, Path> staticFiles() {
        Map<String, Path> files = new TreeMap<>();
        for (int i = layers.size() - 1; i >= 0; i--) {
            Path dir = layers.get(i).root().resolve("static");
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> !dir.relativize(p).toString().startsWith("."))
                        .forEach(p -> files.put(dir.relativize(p).toString().replace('\\', '/'), p));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
        }
        return files;
    }

    /**
     * The ids the templates write literally ({@code id="inhalt"}): headings in article bodies must
     * not take them, or a page would have an id twice.
     */
    public Set<String> templateIds() {
        Set<String> ids = new java.util.TreeSet<>();
        java.util.regex.Pattern literal = java.util.regex.Pattern.compile("\\bid=\"([A-Za-z][A-Za-z0-9_-]*)\"");
        for (Layer layer : layers) {
            Path dir = layer.root().resolve("templates");
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    var matcher = literal.matcher(Files.readString(file));
                    while (matcher.find()) {
                        ids.add(matcher.group(1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the templates in " + dir, e);
            }
        }
        return ids;
    }

    /** The i18n files for {@code language}, parent first, so children override. */
    public List<Path> i18nFiles(String language) {
        List<Path> files = new ArrayList<>();
        for (int i = layers.size() - 1; i >= 0; i--) {
            Path file = layers.get(i).root().resolve("i18n/" + language + ".yaml");
            if (Files.isRegularFile(file)) {
                files.add(file);
            }
        }
        return files;
    }

    private static Optional<Layer> find(Path siteDir, String name) {
        Path own = siteDir.resolve("themes").resolve(name);
        // A theme that extends another may bring only strings or static files, so theme.yaml alone marks it too.
        if (Files.isDirectory(own.resolve("templates")) || Files.isRegularFile(own.resolve("theme.yaml"))) {
            return Optional.of(new Layer(name, own.toAbsolutePath().normalize(), "themes/" + name));
        }
        if (name.equals("default")) {
            return builtIn().map(root -> new Layer(name, root, "themes/default"));
        }
        return Optional.empty();
    }

    private static String parentOf(Layer layer, Diagnostics diagnostics) {
        Path file = layer.root().resolve("theme.yaml");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String shown = layer.displayPath() + "/theme.yaml";
        try {
            var text = SourceText.decode(Files.readAllBytes(file), shown, diagnostics);
            var root = text.flatMap(t -> new YamlReader().read(t, shown, 0, diagnostics));
            FieldReader read = new FieldReader(shown, diagnostics);
            Optional<YamlMap> map = root.flatMap(r -> read.map(r, "theme.yaml"));
            map.ifPresent(m -> read.warnUnknownKeys(m, Set.of("extends", "name", "description"), ""));
            return map.flatMap(m -> m.find("extends")).flatMap(n -> read.nonBlankText(n, "extends")).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The default theme inside the kiezpress jar (or classes folder). */
    private static Optional<Path> builtIn() {
        URL marker = Theme.class.getResource(BUILT_IN + "templates/base.peb");
        if (marker == null) {
            return Optional.empty();
        }
        try {
            URI uri = marker.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return Optional.of(fs.getPath(BUILT_IN));
            }
            return Optional.of(Path.of(uri).getParent().getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("the built-in theme cannot be opened: " + marker, e);
        }
    }
}
