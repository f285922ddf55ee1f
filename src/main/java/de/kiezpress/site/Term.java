package de.kiezpress.site;

import java.util.Optional;

/**
 * A district or topic with the number of articles it has.
 *
 * @param listing its articles; empty for a district without any (listed, but not linked)
 */
public record Term(String name, String slug, int count, Optional<Listing> listing) {
    public Optional<String> url() {
        return listing.map(Listing::url);
    }
}
