package de.kiezpress.content;

import java.util.Optional;

/** The press contact for an article. */
public record Contact(String name, Optional<String> office, Optional<String> email, Optional<String> phone) {
}
