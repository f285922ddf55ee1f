package de.kiezpress.config;

import de.kiezpress.diag.Diagnostics;
import de.kiezpress.diag.Position;
import de.kiezpress.yaml.FieldReader;
import de.kiezpress.yaml.SourceText;
import de.kiezpress.yaml.YamlMap;
import de.kiezpress.yaml.YamlNode;
import de.kiezpress.yaml.YamlReader;
import de.kiezpress.yaml.YamlScalar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads kiezpress.yaml like content: unknown keys are warnings with a suggestion, wrong values
 * errors with their line. Any error makes the configuration unusable (the CLI exits 2).
 */
public final class ConfigLoader {
    public static final String FILE_NAME = "kiezpress.yaml";

    private static final Set<String> KEYS = Set.of("title", "description", "baseUrl", "language", "timeZone",
            "districts", "pageSize", "feedSize", "theme", "unsafeHtml", "publisher", "links", "related");
    private static final Set<String> PUBLISHER_KEYS = Set.of("name", "url", "email");
    private static final Set<String> LINK_KEYS = Set.of("accessibility", "feedback", "easyLanguage", "signLanguage",
            "imprint", "privacy");
    private static final Set<String> RELATED_KEYS = Set.of("count", "topicWeight", "districtWeight", "textWeight",
            "recencyWeight", "recencyHalfLifeDays", "maxDocumentFrequency");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern THEME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private ConfigLoader() {
    }

    /** Loads {@code siteDir/kiezpress.yaml}; empty (with diagnostics) when it is missing or has errors. */
    public static Optional<SiteConfig> load(Path siteDir, Diagnostics diagnostics) {
        Path file = siteDir.resolve(FILE_NAME);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            diagnostics.error(FILE_NAME, Position.UNKNOWN, "no " + FILE_NAME + " in " + siteDir.toAbsolutePath().normalize(),
                    "run kiezpress in the site's folder or point -s at it");
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return parse(bytes, diagnostics);
    }

    /** Parses the bytes of a kiezpress.yaml. */
    public static Optional<SiteConfig> parse(byte[] bytes, Diagnostics diagnostics) {
        Diagnostics own = new Diagnostics();
        Optional<SiteConfig> config = SourceText.decode(bytes, FILE_NAME, own)
                .flatMap(text -> new YamlReader().read(text, FILE_NAME, 0, own))
                .flatMap(root -> fromYaml(root, own));
        diagnostics.addAll(own.sorted());
        if (own.hasErrors()) {
            return Optional.empty();
        }
        if (config.isEmpty()) {
            diagnostics.error(FILE_NAME, Position.line(1), FILE_NAME + " is empty", "it needs at least title and baseUrl");
        }
        return config;
    }

    private static Optional<SiteConfig> fromYaml(YamlNode root, Diagnostics diagnostics) {
        FieldReader read = new FieldReader(FILE_NAME, diagnostics);
        Optional<YamlMap> maybeMap = read.map(root, "the settings");
        if (maybeMap.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = maybeMap.get();
        read.warnUnknownKeys(map, KEYS, "");

        // requiredText: "title:" without a value must be reported here, or the run ends with the
        // misleading "kiezpress.yaml is empty"
        Optional<String> title = map.find("title").flatMap(n -> read.requiredText(n, "title"));
        if (map.find("title").isEmpty()) {
            diagnostics.error(FILE_NAME, Position.line(1), "title is missing", "add a line: title: \"Name of the site\"");
        }
        Optional<BaseUrl> baseUrl = map.find("baseUrl").flatMap(n -> baseUrl(n, read));
        if (map.find("baseUrl").isEmpty()) {
            diagnostics.error(FILE_NAME, Position.line(1), "baseUrl is missing",
                    "add a line: baseUrl: \"https://example.org/\" (where the site will be published)");
        }
        Optional<String> description = map.find("description").flatMap(n -> read.nonBlankText(n, "description"));
        String language = map.find("language").flatMap(n -> matching(n, "language", LANGUAGE, "a language code such as de or en", read))
                .orElse("de");
        ZoneId zone = map.find("timeZone").flatMap(n -> zone(n, read)).orElse(ZoneId.of("Europe/Berlin"));
        List<String> districts = map.find("districts").map(n -> districts(n, read)).orElse(SiteConfig.BERLIN_DISTRICTS);
        int pageSize = map.find("pageSize").flatMap(n -> read.integer(n, "pageSize", 1, 1000)).orElse(10);
        int feedSize = map.find("feedSize").flatMap(n -> read.integer(n, "feedSize", 1, 1000)).orElse(20);
        String theme = map.find("theme").flatMap(n -> matching(n, "theme", THEME, "a folder name under themes/", read))
                .orElse("default");
        boolean unsafeHtml = map.find("unsafeHtml").flatMap(n -> read.bool(n, "unsafeHtml")).orElse(false);
        Publisher publisher = map.find("publisher").flatMap(n -> read.map(n, "publisher"))
                .map(m -> publisher(m, title.orElse("kiezpress"), read))
                .orElse(new Publisher(title.orElse("kiezpress"), Optional.empty(), Optional.empty()));
        SiteLinks links = map.find("links").flatMap(n -> read.map(n, "links")).map(m -> links(m, read)).orElse(SiteLinks.DEFAULT);
        RelatedConfig related = map.find("related").flatMap(n -> read.map(n, "related")).map(m -> related(m, read))
                .orElse(RelatedConfig.DEFAULTS);

        if (title.isEmpty() || baseUrl.isEmpty() || diagnostics.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new SiteConfig(title.get(), description, baseUrl.get(), language, zone, districts, pageSize,
                feedSize, theme, unsafeHtml, publisher, links, related));
    }

    private static Optional<BaseUrl> baseUrl(YamlNode node, FieldReader read) {
        return read.requiredText(node, "baseUrl").flatMap(text -> {
            Optional<BaseUrl> url = BaseUrl.parse(text);
            if (url.isEmpty()) {
                read.diagnostics().error(FILE_NAME, node.position(), "baseUrl: \"" + text + "\" is not an absolute http(s) URL",
                        "e.g. https://example.org/ or https://example.org/sozialraum/");
            }
            return url;
        });
    }

    private static Optional<String> matching(YamlNode node, String key, Pattern pattern, String expected, FieldReader read) {
        return read.nonBlankText(node, key).filter(value -> {
            boolean ok = pattern.matcher(value).matches();
            if (!ok) {
                read.diagnostics().error(FILE_NAME, node.position(), key + ": \"" + value + "\" is not " + expected);
            }
            return ok;
        });
    }

    private static Optional<ZoneId> zone(YamlNode node, FieldReader read) {
        return read.nonBlankText(node, "timeZone").flatMap(text -> {
            try {
                return Optional.of(ZoneId.of(text));
            } catch (DateTimeException e) {
                read.diagnostics().error(FILE_NAME, node.position(), "timeZone: \"" + text + "\" is not a time zone",
                        "e.g. Europe/Berlin");
                return Optional.empty();
            }
        });
    }

    private static List<String> districts(YamlNode node, FieldReader read) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlScalar scalar : read.scalarList(node, "districts")) {
            String name = scalar.value().strip();
            if (!seen.add(name)) {
                read.diagnostics().error(FILE_NAME, scalar.position(), "districts: \"" + name + "\" is listed twice");
            } else {
                names.add(name);
            }
        }
        // a group of keys was already reported as the wrong type; calling it empty too would mislead
        if (names.isEmpty() && !(node instanceof YamlMap)) {
            read.diagnostics().error(FILE_NAME, node.position(), "districts: the list is empty",
                    "leave the key out to use Berlin's twelve districts");
        }
        return names;
    }

    private static Publisher publisher(YamlMap map, String defaultName, FieldReader read) {
        read.warnUnknownKeys(map, PUBLISHER_KEYS, "publisher.");
        String name = map.find("name").flatMap(n -> read.nonBlankText(n, "publisher.name")).orElse(defaultName);
        Optional<String> url = map.find("url").flatMap(n -> read.nonBlankText(n, "publisher.url"));
        Optional<String> email = map.find("email").flatMap(n -> read.nonBlankText(n, "publisher.email"));
        return new Publisher(name, url, email);
    }

    private static SiteLinks links(YamlMap map, FieldReader read) {
        read.warnUnknownKeys(map, LINK_KEYS, "links.");
        SiteLinks d = SiteLinks.DEFAULT;
        return new SiteLinks(
                link(map, "accessibility", d.accessibility(), read),
                link(map, "feedback", d.feedback(), read),
                link(map, "easyLanguage", d.easyLanguage(), read),
                link(map, "signLanguage", d.signLanguage(), read),
                link(map, "imprint", d.imprint(), read),
                link(map, "privacy", d.privacy(), read));
    }

    private static String link(YamlMap map, String key, String fallback, FieldReader read) {
        return map.find(key).flatMap(n -> read.nonBlankText(n, "links." + key).filter(value -> {
            boolean ok = value.startsWith("/") && !value.startsWith("//");
            if (!ok) {
                read.diagnostics().error(FILE_NAME, n.position(), "links." + key + ": \"" + value + "\" is not a path on this site",
                        "start it with /, e.g. /impressum/");
            }
            return ok;
        })).orElse(fallback);
    }

    private static RelatedConfig related(YamlMap map, FieldReader read) {
        read.warnUnknownKeys(map, RELATED_KEYS, "related.");
        return new RelatedConfig(
                integer(map, "count", 0, 50, read),
                number(map, "topicWeight", read),
                number(map, "districtWeight", read),
                number(map, "textWeight", read),
                number(map, "recencyWeight", read),
                integer(map, "recencyHalfLifeDays", 1, 36_500, read),
                map.find("maxDocumentFrequency").flatMap(n -> read.number(n, "related.maxDocumentFrequency", 0.0001, 1.0))
                        .map(OptionalDouble::of).orElse(OptionalDouble.empty()));
    }

    private static OptionalInt integer(YamlMap map, String key, int min, int max, FieldReader read) {
        return map.find(key).flatMap(n -> read.integer(n, "related." + key, min, max))
                .map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    private static OptionalDouble number(YamlMap map, String key, FieldReader read) {
        return map.find(key).flatMap(n -> read.number(n, "related." + key, 0.0, 100.0))
                .map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }
}
