package de.kiezpress.markdown;

import de.kiezpress.content.Resource;
import de.kiezpress.diag.Position;
import java.util.List;
import java.util.Map;

/**
 * A rendered body.
 *
 * @param html           safe HTML of the body
 * @param firstParagraph plain text of the first paragraph (the default summary), already cut
 * @param plainText      the opening of the body as plain text (see {@code PLAIN_TEXT_LIMIT}), for related articles
 * @param resources      files the body links to that must be published with the article
 * @param sourceMap      where headings, links and images were written: {@code id:…}, {@code href:…},
 *                       {@code src:…} (as rendered) → position, so the audit can name the line
 */
public record RenderedMarkdown(String html, String firstParagraph, String plainText, List<Resource> resources,
                               Map<String, Position> sourceMap) {
    public RenderedMarkdown {
        resources = List.copyOf(resources);
        sourceMap = Map.copyOf(sourceMap);
    }
}
