package de.kiezpress.content;

import java.util.Optional;

/** Where the news came from, shown as "Quelle: …". */
public record SourceRef(String name, Optional<String> url) {
}
