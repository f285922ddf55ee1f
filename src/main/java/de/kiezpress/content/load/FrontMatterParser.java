package de.kiezpress.content.load;

import de.kiezpress.config.SiteConfig;
import de.kiezpress.content.ArticleType;
import de.kiezpress.content.Attachment;
import de.kiezpress.content.ContentDate;
import de.kiezpress.content.FrontMatter;
import de.kiezpress.content.Image;
import de.kiezpress.content.Permalinks;
import de.kiezpress.content.Ref;
import de.kiezpress.content.Resource;
import de.kiezpress.content.Slug;
import de.kiezpress.diag.Diagnostics;
import de.kiezpress.diag.Position;
import de.kiezpress.diag.Suggestions;
import de.kiezpress.yaml.FieldReader;
import de.kiezpress.yaml.YamlMap;
import de.kiezpress.yaml.YamlNode;
import de.kiezpress.yaml.YamlScalar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the front matter of one file into a typed {@link FrontMatter}, reporting every problem. */
final class FrontMatterParser {
    static final List<String> KEYS = List.of("title", "date", "type", "district", "topics", "summary", "slug", "draft",
            "updated", "expires", "image", "source", "contact", "attachments", "meeting", "related", "aliases", "lang");
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*");

    /** What parsing one file yields: the front matter and where the article goes. */
    record Parsed(FrontMatter meta, String slug, String url, List<Resource> resources) {
    }

    private final SiteConfig config;
    private final String file;
    private final Path markdownFile;
    private final Diagnostics diagnostics;
    private final FieldReader read;
    private final ResourceResolver resolver;

    /** @param diagnostics this file's own collector: any error in it means the file is not published */
    FrontMatterParser(SiteConfig config, String file, Path markdownFile, Path contentRoot, Diagnostics diagnostics) {
        this.config = config;
        this.file = file;
        this.markdownFile = markdownFile;
        this.diagnostics = diagnostics;
        this.read = new FieldReader(file, diagnostics);
        this.resolver = new ResourceResolver(contentRoot, diagnostics);
    }

    /**
     * @param defaultType  the type the top folder implies
     * @param fileNameSlug the slug the file or bundle name implies
     */
    Optional<Parsed> parse(YamlNode root, ArticleType defaultType, String fileNameSlug) {
        Optional<YamlMap> maybeMap = read.map(root, "front matter");
        if (maybeMap.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = maybeMap.get();
        read.warnUnknownKeys(map, KEYS, "");
        Map<String, Position> positions = new HashMap<>();
        map.entries().forEach(e -> positions.put(e.name(), e.key().position()));

        // requiredText, not nonBlankText: "title:" without a value reported nothing, and title.get()
        // below then crashed the build
        Optional<String> title = map.find("title").flatMap(n -> read.requiredText(n, "title"));
        if (map.find("title").isEmpty()) {
            diagnostics.error(file, Position.line(1), "title is missing", "add a line: title: \"…\"");
        }
        ArticleType type = map.find("type").flatMap(this::type).orElse(defaultType);
        Optional<ContentDate> date = map.find("date").flatMap(n -> date(n, "date"));
        if (map.find("date").isEmpty() && type.isNews()) {
            diagnostics.error(file, Position.line(1), "date is missing", "add a line: date: 2022-06-14");
        }
        Optional<String> district = map.find("district").flatMap(this::district);
        List<String> topics = map.find("topics").map(this::topics).orElse(List.of());
        Optional<String> summary = map.find("summary").flatMap(n -> read.nonBlankText(n, "summary"));
        String slug = map.find("slug").flatMap(this::slug).orElse(fileNameSlug);
        if (slug.isEmpty()) {
            diagnostics.error(file, Position.line(1), "the file name gives no slug for the URL",
                    "rename the file or add a line: slug: name-of-the-article");
        }
        boolean draft = map.find("draft").flatMap(n -> read.bool(n, "draft")).orElse(false);
        Optional<ContentDate> updated = map.find("updated").flatMap(n -> date(n, "updated"));
        Optional<ContentDate> expires = map.find("expires").flatMap(n -> date(n, "expires"));
        List<Ref> related = map.find("related").map(n -> refs(n, "related")).orElse(List.of());
        List<Ref> aliases = map.find("aliases").map(this::aliases).orElse(List.of());
        Optional<String> lang = map.find("lang").flatMap(this::lang);

        String url = Permalinks.of(type, date.map(ContentDate::year).orElse(0), slug.isEmpty() ? "x" : slug);
        String outputDir = Permalinks.outputFile(url).replaceFirst("index\\.html$", "");
        NestedParser nested = new NestedParser(read, resolver, markdownFile, outputDir);
        List<Resource> resources = new ArrayList<>();
        Optional<Image> image = map.find("image").flatMap(n -> nested.image(n, resources));
        var source = map.find("source").flatMap(nested::source);
        var contact = map.find("contact").flatMap(nested::contact);
        List<Attachment> attachments = map.find("attachments").map(n -> nested.attachments(n, resources)).orElse(List.of());
        var meeting = map.find("meeting").flatMap(n -> nested.meeting(n, date.map(ContentDate::date), config.timeZone()));
        if (meeting.isPresent() && type != ArticleType.MEETING_REPORT) {
            diagnostics.warning(file, positions.get("meeting"), "meeting is only shown for meeting reports",
                    "set type: meeting-report or remove the meeting block");
        }

        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        FrontMatter meta = new FrontMatter(title.get(), date, type, district, topics, summary, draft, updated, expires,
                image, source, contact, attachments, meeting, related, aliases, lang, positions);
        return Optional.of(new Parsed(meta, slug, url, resources));
    }

    private Optional<ArticleType> type(YamlNode node) {
        return read.nonBlankText(node, "type").flatMap(text -> {
            Optional<ArticleType> type = ArticleType.fromKey(text);
            if (type.isEmpty()) {
                diagnostics.error(file, node.position(), "type: \"" + text + "\" is not a type (expected "
                        + String.join(", ", ArticleType.keys()) + ")", Suggestions.didYouMean(text, ArticleType.keys()));
            }
            return type;
        });
    }

    private Optional<ContentDate> date(YamlNode node, String key) {
        // "date:" without a value must be reported: read as "not given", it passed the "date is
        // missing" check and put the article at year 0 (/pressemitteilungen/0/…)
        Optional<String> written = key.equals("date") ? read.requiredText(node, key) : read.nonBlankText(node, key);
        return written.flatMap(text -> {
            Optional<ContentDate> date = Dates.parse(text, config.timeZone());
            if (date.isEmpty()) {
                diagnostics.error(file, node.position(), key + ": \"" + text + "\" is not a date (expected YYYY-MM-DD)",
                        Dates.hintFor(text));
            }
            return date;
        });
    }

    private Optional<String> district(YamlNode node) {
        return read.nonBlankText(node, "district").flatMap(text -> {
            if (config.districts().contains(text)) {
                return Optional.of(text);
            }
            Optional<String> sameSlug = config.districts().stream().filter(d -> Slug.of(d).equals(Slug.of(text))).findFirst();
            if (sameSlug.isPresent()) {
                diagnostics.warning(file, node.position(), "district: \"" + text + "\" is written differently from the site's district",
                        "write \"" + sameSlug.get() + "\"");
                return sameSlug;
            }
            String hint = Suggestions.nearest(text, config.districts()).map(s -> "did you mean \"" + s + "\"?")
                    .orElse("the districts are: " + String.join(", ", config.districts()));
            diagnostics.error(file, node.position(), "district: \"" + text + "\" is not one of the site's districts", hint);
            return Optional.empty();
        });
    }

    private List<String> topics(YamlNode node) {
        Set<String> topics = new LinkedHashSet<>();
        for (YamlScalar scalar : read.scalarList(node, "topics")) {
            String name = scalar.value().strip().replaceAll("\\s+", " ");
            if (Slug.of(name).isEmpty()) {
                diagnostics.error(file, scalar.position(), "topics: \"" + name + "\" has no letters or digits to make a URL from",
                        "name the topic with words");
            } else {
                topics.add(name);
            }
        }
        return List.copyOf(topics);
    }

    private Optional<String> slug(YamlNode node) {
        return read.nonBlankText(node, "slug").flatMap(text -> {
            if (Slug.isValid(text)) {
                return Optional.of(text);
            }
            String suggestion = Slug.of(text);
            diagnostics.error(file, node.position(), "slug: \"" + text + "\" is not a valid slug "
                            + "(lowercase letters, digits and single hyphens only)",
                    suggestion.isEmpty() ? "e.g. neue-kita-in-marzahn" : "did you mean \"" + suggestion + "\"?");
            return Optional.empty();
        });
    }

    private List<Ref> refs(YamlNode node, String key) {
        return read.scalarList(node, key).stream().map(s -> new Ref(s.value().strip(), s.position())).toList();
    }

    private List<Ref> aliases(YamlNode node) {
        List<Ref> aliases = new ArrayList<>();
        for (Ref ref : refs(node, "aliases")) {
            Optional<String> path = AliasPaths.normalise(ref.value());
            if (path.isEmpty()) {
                diagnostics.error(file, ref.position(), "aliases: \"" + ref.value() + "\" is not a path on this site",
                        "write the old path from the site's root, e.g. /pressemitteilungen/alte-meldung/ (no \"..\", no web address)");
            } else {
                aliases.add(new Ref(path.get(), ref.position()));
            }
        }
        return aliases;
    }

    private Optional<String> lang(YamlNode node) {
        return read.nonBlankText(node, "lang").flatMap(text -> {
            if (LANGUAGE.matcher(text).matches()) {
                return Optional.of(text.toLowerCase(Locale.ROOT).length() <= 3 ? text.toLowerCase(Locale.ROOT) : text);
            }
            diagnostics.error(file, node.position(), "lang: \"" + text + "\" is not a language code", "e.g. en, tr or ar");
            return Optional.empty();
        });
    }
}
