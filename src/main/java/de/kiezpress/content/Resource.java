package de.kiezpress.content;

import java.nio.file.Path;

/** A file published with an article (bundle file, image, attachment): where it is and where it goes. */
public record Resource(Path source, String outputPath) {
}
