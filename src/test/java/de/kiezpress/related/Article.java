package de.kiezpress.related;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A document for tests, built step by step: {@code article("a").in("Neukölln").text("…")}. */
record Article(String id, String slug, LocalDate date, List<String> topics, Optional<String> district,
        String text) implements Document {

    static Article article(String id) {
        return new Article(id, id, LocalDate.of(2024, 6, 1), List.of(), Optional.empty(), "");
    }

    Article slug(String newSlug) {
        return new Article(id, newSlug, date, topics, district, text);
    }

    Article on(String isoDate) {
        return new Article(id, slug, LocalDate.parse(isoDate), topics, district, text);
    }

    Article about(String... newTopics) {
        return new Article(id, slug, date, List.of(newTopics), district, text);
    }

    Article in(String newDistrict) {
        return new Article(id, slug, date, topics, Optional.of(newDistrict), text);
    }

    Article text(String newText) {
        return new Article(id, slug, date, topics, district, newText);
    }

    Article withId(String newId) {
        return new Article(newId, slug, date, topics, district, text);
    }
}
