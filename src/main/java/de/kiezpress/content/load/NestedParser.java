package de.kiezpress.content.load;

import de.kiezpress.content.Attachment;
import de.kiezpress.content.Contact;
import de.kiezpress.content.Image;
import de.kiezpress.content.Meeting;
import de.kiezpress.content.Resource;
import de.kiezpress.content.SourceRef;
import de.kiezpress.yaml.FieldReader;
import de.kiezpress.yaml.YamlMap;
import de.kiezpress.yaml.YamlNode;
import de.kiezpress.yaml.YamlScalar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the grouped front-matter keys: image, source, contact, attachments and meeting. */
final class NestedParser {
    private static final Set<String> IMAGE_KEYS = Set.of("src", "alt", "caption", "decorative");
    private static final Set<String> SOURCE_KEYS = Set.of("name", "url");
    private static final Set<String> CONTACT_KEYS = Set.of("name", "office", "email", "phone");
    private static final Set<String> ATTACHMENT_KEYS = Set.of("title", "file");
    private static final Set<String> MEETING_KEYS = Set.of("date", "time", "location", "organiser", "participants", "agenda");

    private final FieldReader read;
    private final ResourceResolver resolver;
    private final Path markdownFile;
    private final String outputDir;
    /** Output path → the file and how the front matter named it, for the files named so far. */
    private final Map<String, Map.Entry<Path, String>> published = new HashMap<>();

    NestedParser(FieldReader read, ResourceResolver resolver, Path markdownFile, String outputDir) {
        this.read = read;
        this.resolver = resolver;
        this.markdownFile = markdownFile;
        this.outputDir = outputDir;
    }

    Optional<Image> image(YamlNode node, List<Resource> resources) {
        return read.map(node, "image").flatMap(map -> {
            read.warnUnknownKeys(map, IMAGE_KEYS, "image.");
            boolean decorative = map.find("decorative").flatMap(n -> read.bool(n, "image.decorative")).orElse(false);
            // "alt:" without a value must be reported, or the image was dropped without a word
            Optional<String> alt = map.find("alt").flatMap(n -> decorative ? read.nonBlankText(n, "image.alt")
                    : read.requiredText(n, "image.alt"));
            if (map.find("alt").isEmpty() && !decorative) {
                read.diagnostics().error(read.file(), map.position(),
                        "image.alt is missing: describe the image for people who cannot see it",
                        "add alt: \"…\", or decorative: true if the image adds nothing to the text");
            }
            Optional<String> caption = map.find("caption").flatMap(n -> read.nonBlankText(n, "image.caption"));
            Optional<YamlScalar> written = required(map, "src", "image.src");
            Optional<Resource> file = written.flatMap(src ->
                    resolver.resolve(markdownFile, outputDir, src.value(), "image.src", read.file(), src.position()));
            if (file.isEmpty() || alt.isEmpty() && !decorative || !isNewName(file.get(), written.get(), "image.src")) {
                return Optional.empty();
            }
            resources.add(file.get());
            return Optional.of(new Image("/" + file.get().outputPath(), decorative ? "" : alt.get(), caption, decorative));
        });
    }

    Optional<SourceRef> source(YamlNode node) {
        return read.map(node, "source").flatMap(map -> {
            read.warnUnknownKeys(map, SOURCE_KEYS, "source.");
            Optional<String> url = map.find("url").flatMap(n -> webAddress(n, "source.url"));
            return required(map, "name", "source.name").map(name -> new SourceRef(name.value().strip(), url));
        });
    }

    Optional<Contact> contact(YamlNode node) {
        return read.map(node, "contact").flatMap(map -> {
            read.warnUnknownKeys(map, CONTACT_KEYS, "contact.");
            Optional<String> office = map.find("office").flatMap(n -> read.nonBlankText(n, "contact.office"));
            Optional<String> email = map.find("email").flatMap(n -> read.nonBlankText(n, "contact.email")
                    .filter(value -> check(value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), n, "contact.email: \"" + value
                            + "\" is not an e-mail address")));
            Optional<String> phone = map.find("phone").flatMap(n -> read.nonBlankText(n, "contact.phone"));
            return required(map, "name", "contact.name").map(name -> new Contact(name.value().strip(), office, email, phone));
        });
    }

    List<Attachment> attachments(YamlNode node, List<Resource> resources) {
        List<Attachment> attachments = new ArrayList<>();
        for (YamlMap map : read.mapList(node, "attachments")) {
            read.warnUnknownKeys(map, ATTACHMENT_KEYS, "attachments[].");
            Optional<YamlScalar> title = required(map, "title", "attachments[].title");
            Optional<YamlScalar> written = required(map, "file", "attachments[].file");
            Optional<Resource> file = written.flatMap(f ->
                    resolver.resolve(markdownFile, outputDir, f.value(), "attachments[].file", read.file(), f.position()));
            if (title.isPresent() && file.isPresent() && isNewName(file.get(), written.get(), "attachments[].file")) {
                resources.add(file.get());
                attachments.add(new Attachment(title.get().value().strip(), "/" + file.get().outputPath(),
                        FileTypes.labelOf(file.get().source().getFileName().toString()), sizeOf(file.get().source())));
            }
        }
        return attachments;
    }

    Optional<Meeting> meeting(YamlNode node, Optional<LocalDate> articleDate, ZoneId zone) {
        return read.map(node, "meeting").flatMap(map -> {
            read.warnUnknownKeys(map, MEETING_KEYS, "meeting.");
            Optional<LocalDate> date = map.find("date").flatMap(n -> read.nonBlankText(n, "meeting.date").flatMap(text -> {
                var parsed = Dates.parse(text, zone);
                check(parsed.isPresent(), n, "meeting.date: \"" + text + "\" is not a date (expected YYYY-MM-DD)");
                return parsed.map(d -> d.date());
            })).or(() -> articleDate);
            Optional<LocalTime> start = Optional.empty();
            Optional<LocalTime> end = Optional.empty();
            Optional<YamlNode> timeNode = map.find("time");
            if (timeNode.isPresent()) {
                Optional<String> text = read.nonBlankText(timeNode.get(), "meeting.time");
                var range = text.flatMap(Dates::parseTimeRange);
                if (text.isPresent() && range.isEmpty()) {
                    read.diagnostics().error(read.file(), timeNode.get().position(),
                            "meeting.time: \"" + text.get() + "\" is not a time", "write \"10:00\" or \"10:00–13:00\"");
                }
                start = range.map(Dates.TimeRange::start);
                end = range.flatMap(Dates.TimeRange::end);
            }
            Optional<String> location = map.find("location").flatMap(n -> read.nonBlankText(n, "meeting.location"));
            Optional<String> organiser = map.find("organiser").flatMap(n -> read.nonBlankText(n, "meeting.organiser"));
            List<String> participants = map.find("participants").map(n -> texts(n, "meeting.participants")).orElse(List.of());
            List<String> agenda = map.find("agenda").map(n -> texts(n, "meeting.agenda")).orElse(List.of());
            if (date.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Meeting(date.get(), start, end, location, organiser, participants, agenda));
        });
    }

    /**
     * Files from other folders keep only their name in the article's folder, so two files of one
     * name would land on one output path and the second would silently link to the first.
     */
    private boolean isNewName(Resource file, YamlScalar written, String key) {
        Map.Entry<Path, String> other = published.putIfAbsent(file.outputPath(), Map.entry(file.source(), written.value()));
        if (other == null || other.getKey().equals(file.source())) {
            return true;
        }
        read.diagnostics().error(read.file(), written.position(), key + ": \"" + written.value()
                + "\" would be published under the same name as \"" + other.getValue() + "\"", "rename one of the files");
        return false;
    }

    private List<String> texts(YamlNode node, String key) {
        return read.scalarList(node, key).stream().map(s -> s.value().strip()).toList();
    }

    private Optional<String> webAddress(YamlNode node, String key) {
        return read.nonBlankText(node, key).filter(value -> check(value.matches("(?i)https?://[^\\s]+"), node,
                key + ": \"" + value + "\" is not a web address (expected https://…)"));
    }

    private Optional<YamlScalar> required(YamlMap map, String key, String label) {
        Optional<YamlNode> node = map.find(key);
        if (node.isEmpty()) {
            read.diagnostics().error(read.file(), map.position(), label + " is missing");
            return Optional.empty();
        }
        // requiredText: a key without a value ("file:") is reported, not read as absent, which
        // silently dropped the whole attachment, source or contact
        return read.requiredText(node.get(), label)
                .map(text -> new YamlScalar(text, YamlScalar.Kind.STRING, node.get().position()));
    }

    private boolean check(boolean ok, YamlNode node, String message) {
        if (!ok) {
            read.diagnostics().error(read.file(), node.position(), message);
        }
        return ok;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file, e);
        }
    }
}
