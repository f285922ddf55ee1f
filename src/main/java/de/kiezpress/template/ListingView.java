package de.kiezpress.template;

import java.util.List;

/**
 * One page of a list of articles.
 *
 * @param pagination null when everything fits on one page
 * @param feed       the list's own feed, or null
 */
public record ListingView(List<ItemView> items, PaginationView pagination, Link feed) {
    public ListingView {
        items = List.copyOf(items);
    }

    /** Accessible pagination: previous/next and page numbers, the current one marked. */
    public record PaginationView(int current, int total, String previousUrl, String nextUrl, List<PageNumber> pages) {
        public PaginationView {
            pages = List.copyOf(pages);
        }
    }

    /** A page number link, or a gap ("…") when {@code url} is null and {@code number} is 0. */
    public record PageNumber(int number, String url, boolean current) {
        public boolean gap() {
            return number == 0;
        }
    }
}
