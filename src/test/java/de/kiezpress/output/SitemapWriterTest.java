package de.kiezpress.output;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.config.BaseUrl;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SitemapWriterTest {
    private final BaseUrl base = BaseUrl.parse("https://example.org/sozialraum/").orElseThrow();

    @Test
    void listsEveryPageWithItsLastChangeSortedByUrl() throws Exception {
        String xml = SitemapWriter.write(List.of(
                new SitemapWriter.Entry("/b/", Optional.of("2022-06-14")),
                new SitemapWriter.Entry("/a/", Optional.empty())), base);

        Document sitemap = FeedWriterTest.parse(xml);
        var urls = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        assertThat(urls.getLength()).isEqualTo(2);
        assertThat(urls.item(0).getTextContent()).isEqualTo("https://example.org/sozialraum/a/");
        assertThat(urls.item(1).getTextContent()).isEqualTo("https://example.org/sozialraum/b/");
        assertThat(xml).contains("<lastmod>2022-06-14</lastmod>");
    }

    @Test
    void namesTheSitemapInRobotsTxt() {
        assertThat(SitemapWriter.robots(base))
                .isEqualTo("User-agent: *\nAllow: /\n\nSitemap: https://example.org/sozialraum/sitemap.xml\n");
    }
}
