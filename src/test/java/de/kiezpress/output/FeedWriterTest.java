package de.kiezpress.output;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.config.BaseUrl;
import de.kiezpress.config.SiteConfig;
import de.kiezpress.testing.Articles;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Feeds are parsed with an XML parser, as a feed reader would. */
class FeedWriterTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private final SiteConfig config = SiteConfig.of("Kiez & Co <Berlin>", BaseUrl.parse("https://example.org/sozialraum/").orElseThrow());

    @Test
    void writesAValidAtomFeedWithTheRequiredElements() throws Exception {
        var article = Articles.news("/pressemitteilungen/2022/kita/", "Neue Kita", "2022-06-14");

        Document feed = parse(new FeedWriter(config).write(new Feed("/feed.xml", "Alle Meldungen", "/", List.of(article))));

        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(text(root, "id")).isEqualTo("https://example.org/sozialraum/feed.xml");
        assertThat(text(root, "title")).isEqualTo("Alle Meldungen");
        assertThat(text(root, "updated")).isEqualTo("2022-06-14T00:00:00+02:00");
        Element entry = (Element) root.getElementsByTagNameNS(ATOM, "entry").item(0);
        assertThat(text(entry, "id")).isEqualTo("https://example.org/sozialraum/pressemitteilungen/2022/kita/");
        assertThat(text(entry, "title")).isEqualTo("Neue Kita");
        assertThat(text(entry, "updated")).isEqualTo("2022-06-14T00:00:00+02:00");
        assertThat(((Element) entry.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"))
                .isEqualTo("https://example.org/sozialraum/pressemitteilungen/2022/kita/");
        assertThat(text(entry, "content")).contains("<p>");
        assertThat(text((Element) root.getElementsByTagNameNS(ATOM, "author").item(0), "name")).isEqualTo("Kiez & Co <Berlin>");
    }

    @Test
    void keepsHostileTitlesAndSummariesEscaped() throws Exception {
        var article = Articles.news("/pressemitteilungen/2022/x/", "</title><script>alert(1)</script> & \u000C", "2022-06-14");

        String xml = new FeedWriter(config).write(new Feed("/feed.xml", "A & B", "/", List.of(article)));
        Document feed = parse(xml);

        Element entry = (Element) feed.getElementsByTagNameNS(ATOM, "entry").item(0);
        assertThat(text(entry, "title")).isEqualTo("</title><script>alert(1)</script> & ");
        assertThat(xml).doesNotContain("<script>");
    }

    @Test
    void writesAFeedWithoutEntriesThatStaysTheSame() throws Exception {
        String first = new FeedWriter(config).write(new Feed("/feed.xml", "Leer", "/", List.of()));

        assertThat(text(parse(first).getDocumentElement(), "updated")).isEqualTo("1970-01-01T00:00:00Z");
        assertThat(new FeedWriter(config).write(new Feed("/feed.xml", "Leer", "/", List.of()))).isEqualTo(first);
    }

    @Test
    void makesRootRelativeLinksInTheContentAbsolute() {
        String html = FeedWriter.absoluteLinks("<a href=\"/sozialraum/x/\">x</a><img src=\"/sozialraum/b.png\" alt=\"\">",
                config.baseUrl());

        assertThat(html).isEqualTo("<a href=\"https://example.org/sozialraum/x/\">x</a>"
                + "<img src=\"https://example.org/sozialraum/b.png\" alt=\"\">");
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }
}
