package de.kiezpress.site;

import de.kiezpress.content.ContentDate;
import de.kiezpress.content.FrontMatter;
import java.time.ZonedDateTime;

/**
 * Decides which articles a build publishes: drafts only with {@code --drafts}, articles dated
 * after {@code now} only with {@code --future}, never articles whose {@code expires} has passed.
 */
public record Publication(ZonedDateTime now, boolean drafts, boolean future) {

    public boolean publishes(FrontMatter meta) {
        return (drafts || !meta.draft()) && (future || !isFuture(meta)) && !isExpired(meta);
    }

    public boolean isFuture(FrontMatter meta) {
        return meta.date().map(d -> d.zoned().isAfter(now)).orElse(false);
    }

    public boolean isExpired(FrontMatter meta) {
        return meta.expires().map(ContentDate::zoned).map(e -> !e.isAfter(now)).orElse(false);
    }
}
