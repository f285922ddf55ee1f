package de.kiezpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.testing.JsonParser;
import de.kiezpress.testing.TestSite;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Front-matter values are escaped wherever they are printed: HTML, attributes, feeds, JSON and JSON-LD. */
class HostileInputTest {
    private static final String EVIL = "</script><script>alert(1)</script>\\\" onload=\\\"x\\\" <b>&amp;";

    @TempDir
    Path dir;

    @Test
    void escapesEveryFieldInEveryFormat() throws Exception {
        TestSite site = TestSite.in(dir)
                .article("content/sitzungsberichte/2022-06-14-boese/index.md", """
                        title: "Titel %1$s"
                        summary: "Zusammenfassung %1$s"
                        district: Mitte
                        topics: ["Thema %1$s"]
                        image:
                          src: bild.png
                          alt: "Alt %1$s"
                          caption: "Caption %1$s"
                        source:
                          name: "Quelle %1$s"
                          url: "https://example.org/?a=1&b=\\"2\\""
                        contact:
                          name: "Kontakt %1$s"
                          office: "Amt %1$s"
                          email: "presse@example.org"
                          phone: "(030) 1234 %1$s"
                        attachments:
                          - title: "Anhang %1$s"
                            file: protokoll.pdf
                        meeting:
                          date: 2022-06-14
                          time: "10:00"
                          location: "Ort %1$s"
                          organiser: "Einladung %1$s"
                          participants: ["Teilnehmer %1$s"]
                          agenda: ["Punkt %1$s"]
                        """.formatted(EVIL), "Text.\n")
                .bytes("content/sitzungsberichte/2022-06-14-boese/bild.png", new byte[10])
                .bytes("content/sitzungsberichte/2022-06-14-boese/protokoll.pdf", new byte[10]);

        TestSite.Run run = site.build();

        assertThat(run.exit()).as(run.toString()).isZero();
        String rawEvil = EVIL.replace("\\\"", "\"");
        for (String page : List.of("sitzungsberichte/2022/boese/index.html", "index.html", "sitzungsberichte/index.html",
                "themen/index.html", "bezirke/mitte/index.html", "archiv/2022/index.html")) {
            String html = site.read(page);
            assertThat(html).as(page).doesNotContain("<script>alert(1)").doesNotContain("<b>&amp;");
            Document document = Jsoup.parse(html);
            assertThat(document.select("script:not([type=application/ld+json])")).as(page).isEmpty();
            assertThat(document.select("[onload]")).as(page).isEmpty();
        }
        Document article = Jsoup.parse(site.read("sitzungsberichte/2022/boese/index.html"));
        assertThat(article.select("h1").text()).isEqualTo("Titel " + rawEvil);
        assertThat(article.select("figure img").attr("alt")).isEqualTo("Alt " + rawEvil);
        assertThat(article.select("meta[name=description]").attr("content")).isEqualTo("Zusammenfassung " + rawEvil);
        assertThat(article.text()).contains("Ort " + rawEvil).contains("Punkt " + rawEvil).contains("Kontakt " + rawEvil)
                .contains("Anhang " + rawEvil).contains("Quelle " + rawEvil);

        String jsonLd = article.select("script[type=application/ld+json]").html();
        assertThat(jsonLd).doesNotContain("</script").doesNotContain("<");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> graph = (List<Map<String, Object>>) ((Map<String, Object>) JsonParser.parse(jsonLd)).get("@graph");
        assertThat(graph.get(0).get("headline")).isEqualTo("Titel " + rawEvil);
        assertThat(graph.get(1).get("@type")).isEqualTo("Event");

        @SuppressWarnings("unchecked")
        Map<String, Object> index = (Map<String, Object>) JsonParser.parse(site.read("suche/index.json"));
        assertThat(index.get("items").toString()).contains("Titel " + rawEvil);

        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (String feed : List.of("feed.xml", "bezirke/mitte/feed.xml", "sitemap.xml")) {
            var xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(site.read(feed).getBytes(StandardCharsets.UTF_8)));
            assertThat(xml.getDocumentElement()).as(feed).isNotNull();
        }
        var feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(site.read("feed.xml").getBytes(StandardCharsets.UTF_8)));
        assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").item(0).getTextContent())
                .contains("Titel " + rawEvil);
    }
}
