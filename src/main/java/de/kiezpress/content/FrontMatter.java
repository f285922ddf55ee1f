package de.kiezpress.content;

import de.kiezpress.diag.Position;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The front matter of one content file, typed and validated. {@code positions} remembers where
 * each top-level key was written, so later stages (URL collisions, unknown related slugs) can
 * point at the right line.
 */
public record FrontMatter(String title, Optional<ContentDate> date, ArticleType type, Optional<String> district,
                          List<String> topics, Optional<String> summary, boolean draft, Optional<ContentDate> updated,
                          Optional<ContentDate> expires, Optional<Image> image, Optional<SourceRef> source,
                          Optional<Contact> contact, List<Attachment> attachments, Optional<Meeting> meeting,
                          List<Ref> related, List<Ref> aliases, Optional<String> lang, Map<String, Position> positions) {
    public FrontMatter {
        topics = List.copyOf(topics);
        attachments = List.copyOf(attachments);
        related = List.copyOf(related);
        aliases = List.copyOf(aliases);
        positions = Map.copyOf(positions);
    }

    /** Where {@code key} was written, or line 1 when it was not (a missing key is the file's problem). */
    public Position positionOf(String key) {
        return positions.getOrDefault(key, Position.line(1));
    }
}
