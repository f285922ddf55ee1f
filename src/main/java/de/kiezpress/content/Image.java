package de.kiezpress.content;

import java.util.Optional;

/**
 * An article's lead image.
 *
 * @param src        site path of the image as published ({@code /pressemitteilungen/2022/x/foto.jpg})
 * @param alt        the text alternative; empty only when {@code decorative}
 * @param decorative an image that adds nothing a screen reader user would miss
 */
public record Image(String src, String alt, Optional<String> caption, boolean decorative) {
}
