package de.kiezpress.output;

import de.kiezpress.content.Article;
import java.util.List;

/**
 * An Atom feed to write.
 *
 * @param path      site path of the feed ({@code /bezirke/neukoelln/feed.xml})
 * @param pageUrl   site path of the page it belongs to
 * @param entries   the newest articles, newest first
 */
public record Feed(String path, String title, String pageUrl, List<Article> entries) {
    public Feed {
        entries = List.copyOf(entries);
    }
}
