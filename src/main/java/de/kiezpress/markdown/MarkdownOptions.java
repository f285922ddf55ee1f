package de.kiezpress.markdown;

import de.kiezpress.config.BaseUrl;
import java.util.Set;

/**
 * How bodies are rendered for one site.
 *
 * @param unsafeHtml        keep raw HTML as written (kiezpress.yaml {@code unsafeHtml: true})
 * @param footnoteBackLabel the accessible text of a footnote's link back to the text
 * @param reservedIds       ids the theme uses on every page, which headings must not take
 * @param summaryLength     the most characters a default summary keeps
 */
public record MarkdownOptions(BaseUrl baseUrl, boolean unsafeHtml, String footnoteBackLabel, Set<String> reservedIds,
                              int summaryLength) {
    public MarkdownOptions {
        reservedIds = Set.copyOf(reservedIds);
        if (summaryLength < 20) {
            throw new IllegalArgumentException("summaryLength must be at least 20: " + summaryLength);
        }
    }
}
