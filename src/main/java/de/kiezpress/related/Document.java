package de.kiezpress.related;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/** What the related-articles index needs to know about an article. */
public interface Document {

    /** Unique and stable (the caller passes the article's URL path); the final tie-break. */
    String id();

    /** The tie-break after the date: newer first, then slug. */
    String slug();

    LocalDate date();

    /** Topic keys, already normalised by the caller (lowercase, single spaces). */
    Collection<String> topics();

    /** The district's name, or empty for articles about all of Berlin or none. */
    Optional<String> district();

    /** Plain text (title, summary and body, German), unprocessed: the index analyses it. */
    String text();
}
