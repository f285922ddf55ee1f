package de.kiezpress.site;

import de.kiezpress.content.Article;
import java.util.List;

/** A year of the archive, its articles grouped by month (newest month first). */
public record ArchiveYear(int year, String url, List<Month> months) {

    /** The articles of one month, newest first. */
    public record Month(int month, List<Article> items) {
        public Month {
            items = List.copyOf(items);
        }
    }

    public ArchiveYear {
        months = List.copyOf(months);
    }

    public int count() {
        return months.stream().mapToInt(m -> m.items().size()).sum();
    }
}
