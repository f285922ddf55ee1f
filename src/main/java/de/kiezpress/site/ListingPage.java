package de.kiezpress.site;

import de.kiezpress.content.Article;
import java.util.List;
import java.util.Optional;

/** One page of a listing. */
public record ListingPage(Listing listing, int number, int totalPages, List<Article> items) {
    public ListingPage {
        items = List.copyOf(items);
    }

    public String url() {
        return listing.pageUrl(number);
    }

    public Optional<String> previousUrl() {
        return number > 1 ? Optional.of(listing.pageUrl(number - 1)) : Optional.empty();
    }

    public Optional<String> nextUrl() {
        return number < totalPages ? Optional.of(listing.pageUrl(number + 1)) : Optional.empty();
    }
}
