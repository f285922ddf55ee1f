package de.kiezpress.template;

import java.util.List;

/** A district, topic or archive year with its count; {@code url} null when it has no page. */
public record TermView(String name, String url, int count) {

    /** A month of an archive year. */
    public record MonthView(String name, String id, List<ItemView> items) {
        public MonthView {
            items = List.copyOf(items);
        }
    }
}
