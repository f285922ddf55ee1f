package de.kiezpress.output;

import de.kiezpress.config.BaseUrl;
import de.kiezpress.config.SiteConfig;
import de.kiezpress.content.Article;
import de.kiezpress.content.ContentDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes Atom 1.0 feeds (RFC 4287): absolute links that respect a base path, ids that are the
 * permalinks (stable across builds), the full content as escaped HTML.
 */
public final class FeedWriter {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** Written as {@code updated} of a feed without entries, so the bytes stay the same build after build. */
    private static final String NO_ENTRIES_UPDATED = "1970-01-01T00:00:00Z";

    private final SiteConfig config;
    /** An article is in the site's feed, its district's and its topics': its entry is written once. */
    private final Map<String, String> entries = new ConcurrentHashMap<>();

    /** One writer serves all feeds of a build (and may be used by several threads). */
    public FeedWriter(SiteConfig config) {
        this.config = config;
    }

    public String write(Feed feed) {
        BaseUrl base = config.baseUrl();
        String updated = feed.entries().stream().map(Article::lastModified).flatMap(Optional::stream)
                .max(Comparator.naturalOrder()).map(ContentDate::rfc3339).orElse(NO_ENTRIES_UPDATED);
        String xml = Xml.document((w, raw) -> {
            w.writeStartElement("feed");
            w.writeDefaultNamespace(ATOM);
            w.writeAttribute("xml:lang", config.language());
            w.writeCharacters("\n");
            Xml.element(w, "title", feed.title());
            Xml.element(w, "id", base.absolute(feed.path()));
            Xml.element(w, "updated", updated);
            link(w, "self", base.absolute(feed.path()), "application/atom+xml");
            link(w, "alternate", base.absolute(feed.pageUrl()), "text/html");
            w.writeStartElement("author");
            Xml.element(w, "name", config.publisher().name());
            if (config.publisher().url().isPresent()) {
                Xml.element(w, "uri", config.publisher().url().get());
            }
            w.writeEndElement();
            w.writeCharacters("\n");
            Xml.element(w, "generator", "kiezpress");
            for (Article article : feed.entries()) {
                raw.append(entries.computeIfAbsent(article.url(), url -> Xml.fragment(e -> entry(e, article, base))));
            }
            w.writeEndElement();
        });
        return xml;
    }

    private void entry(XMLStreamWriter w, Article article, BaseUrl base) throws XMLStreamException {
        String permalink = base.absolute(article.url());
        w.writeStartElement("entry");
        if (article.meta().lang().isPresent()) {
            w.writeAttribute("xml:lang", article.meta().lang().get());
        }
        w.writeCharacters("\n");
        Xml.element(w, "title", article.title());
        Xml.element(w, "id", permalink);
        link(w, "alternate", permalink, "text/html");
        Xml.element(w, "published", article.date().map(ContentDate::rfc3339).orElse(NO_ENTRIES_UPDATED));
        Xml.element(w, "updated", article.lastModified().map(ContentDate::rfc3339).orElse(NO_ENTRIES_UPDATED));
        w.writeStartElement("author");
        Xml.element(w, "name", article.meta().contact().map(c -> c.name()).orElse(config.publisher().name()));
        w.writeEndElement();
        w.writeCharacters("\n");
        for (String topic : article.topics()) {
            w.writeEmptyElement("category");
            w.writeAttribute("term", Xml.clean(topic));
            w.writeCharacters("\n");
        }
        if (!article.summary().isEmpty()) {
            Xml.element(w, "summary", article.summary());
        }
        w.writeStartElement("content");
        w.writeAttribute("type", "html");
        w.writeCharacters(Xml.clean(absoluteLinks(article.html(), base)));
        w.writeEndElement();
        w.writeCharacters("\n");
        w.writeEndElement();
        w.writeCharacters("\n");
    }

    private static void link(XMLStreamWriter w, String rel, String href, String type) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("type", type);
        w.writeAttribute("href", href);
        w.writeCharacters("\n");
    }

    /** Root-relative links in rendered bodies made absolute, for feed readers that ignore the base. */
    static String absoluteLinks(String html, BaseUrl base) {
        return html.replace("href=\"/", "href=\"" + base.origin() + "/").replace("src=\"/", "src=\"" + base.origin() + "/");
    }
}
