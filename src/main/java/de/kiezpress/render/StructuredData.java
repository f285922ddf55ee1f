package de.kiezpress.render;

import de.kiezpress.config.SiteConfig;
import de.kiezpress.content.Article;
import de.kiezpress.content.ArticleType;
import de.kiezpress.content.ContentDate;
import de.kiezpress.content.Meeting;
import de.kiezpress.template.Json;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schema.org JSON-LD for an article: a {@code NewsArticle}, and for a meeting report also the
 * {@code Event} of its meeting. The JSON is safe inside a {@code <script>} element.
 */
final class StructuredData {
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private StructuredData() {
    }

    static String of(Article article, SiteConfig config) {
        Map<String, Object> publisher = organisation(config);
        Map<String, Object> news = new LinkedHashMap<>();
        news.put("@type", "NewsArticle");
        news.put("headline", article.title());
        news.put("description", article.summary().isEmpty() ? null : article.summary());
        news.put("inLanguage", article.meta().lang().orElse(config.language()));
        news.put("datePublished", article.date().map(ContentDate::rfc3339).orElse(null));
        news.put("dateModified", article.lastModified().map(ContentDate::rfc3339).orElse(null));
        news.put("url", config.baseUrl().absolute(article.url()));
        news.put("mainEntityOfPage", config.baseUrl().absolute(article.url()));
        news.put("author", article.meta().contact()
                .<Object>map(c -> object("@type", "Person", "name", c.name()))
                .orElse(publisher));
        news.put("publisher", publisher);
        article.meta().image().ifPresent(image -> news.put("image", List.of(config.baseUrl().absolute(image.src()))));
        article.district().ifPresent(d -> news.put("about", object("@type", "AdministrativeArea", "name", d)));
        if (!article.topics().isEmpty()) {
            news.put("keywords", String.join(", ", article.topics()));
        }
        List<Object> graph = new ArrayList<>();
        graph.add(news);
        if (article.type() == ArticleType.MEETING_REPORT) {
            article.meta().meeting().ifPresent(meeting -> graph.add(event(article, meeting, config)));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("@context", "https://schema.org");
        root.put("@graph", graph);
        return Json.write(root);
    }

    private static Map<String, Object> event(Article article, Meeting meeting, SiteConfig config) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("@type", "Event");
        event.put("name", article.title());
        event.put("startDate", meeting.start().map(t -> ZonedDateTime.of(meeting.date(), t, config.timeZone()).format(OFFSET))
                .orElse(meeting.date().toString()));
        meeting.end().ifPresent(t -> event.put("endDate", ZonedDateTime.of(meeting.date(), t, config.timeZone()).format(OFFSET)));
        event.put("eventStatus", "https://schema.org/EventScheduled");
        event.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
        meeting.location().ifPresent(location -> event.put("location",
                object("@type", "Place", "name", location, "address", location)));
        meeting.organiser().ifPresent(organiser -> event.put("organizer", object("@type", "Organization", "name", organiser)));
        event.put("url", config.baseUrl().absolute(article.url()));
        return event;
    }

    /** A JSON object with its keys in the order given (Map.of has no stable order, and output must). */
    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> organisation(SiteConfig config) {
        Map<String, Object> organisation = new LinkedHashMap<>();
        organisation.put("@type", "GovernmentOrganization");
        organisation.put("name", config.publisher().name());
        organisation.put("url", config.publisher().url().orElse(config.baseUrl().absolute("/")));
        return organisation;
    }
}
