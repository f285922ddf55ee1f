package de.kiezpress.config;

import java.util.Optional;

/** Who publishes the site: named in feeds and structured data as author of last resort. */
public record Publisher(String name, Optional<String> url, Optional<String> email) {
    public Publisher {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("publisher name must not be blank");
        }
    }
}
