package de.kiezpress.output;

import de.kiezpress.config.BaseUrl;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Writes sitemap.xml (sitemaps.org 0.9) with every published page and, where known, its last change. */
public final class SitemapWriter {
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /** One page: its site path and the date of its last change ({@code YYYY-MM-DD}), if any. */
    public record Entry(String url, Optional<String> lastModified) {
    }

    private SitemapWriter() {
    }

    public static String write(List<Entry> entries, BaseUrl base) {
        List<Entry> sorted = entries.stream().sorted(Comparator.comparing(Entry::url)).toList();
        String xml = Xml.document(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(NAMESPACE);
            w.writeCharacters("\n");
            for (Entry entry : sorted) {
                w.writeStartElement("url");
                Xml.element(w, "loc", base.absolute(entry.url()));
                if (entry.lastModified().isPresent()) {
                    Xml.element(w, "lastmod", entry.lastModified().get());
                }
                w.writeEndElement();
                w.writeCharacters("\n");
            }
            w.writeEndElement();
        });
        return xml;
    }

    /** robots.txt: everything may be crawled; the sitemap is named. */
    public static String robots(BaseUrl base) {
        return "User-agent: *\nAllow: /\n\nSitemap: " + base.absolute("/sitemap.xml") + "\n";
    }
}
