package de.kiezpress.site;

import de.kiezpress.content.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of articles at a URL, newest first, split into pages of {@code pageSize}: page 1 lives
 * at {@code url}, page n at {@code url + "seite/n/"}.
 *
 * @param name what the list is of: the district's or topic's name; empty for the others
 * @param key  the district's or topic's slug; empty for the others
 */
public record Listing(ListingKind kind, String key, String name, String url, List<Article> items) {
    public Listing {
        items = List.copyOf(items);
    }

    public List<ListingPage> pages(int pageSize) {
        int total = Math.max(1, (items.size() + pageSize - 1) / pageSize);
        List<ListingPage> pages = new ArrayList<>(total);
        for (int number = 1; number <= total; number++) {
            int from = (number - 1) * pageSize;
            pages.add(new ListingPage(this, number, total, items.subList(from, Math.min(items.size(), from + pageSize))));
        }
        return pages;
    }

    /** The site path of page {@code number}. */
    public String pageUrl(int number) {
        return number <= 1 ? url : url + "seite/" + number + "/";
    }
}
