package de.kiezpress.audit;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.config.BaseUrl;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each check of SPEC.md's "Checks on the rendered site", passing and failing. */
class PageAuditTest {
    private final PageAudit audit = new PageAudit(BaseUrl.parse("https://example.org/sozialraum/").orElseThrow());

    @Test
    void findsNothingOnAGoodPage() {
        assertThat(messages(page("<h1>Titel</h1><h2 id=\"a\">A</h2><p><a href=\"/sozialraum/x/\">Zur Übersicht</a></p>"
                + "<img src=\"/sozialraum/b.png\" alt=\"Ein Bild\">"))).isEmpty();
    }

    @Test
    void findsAPageWithoutTitleOrLanguage() {
        PageReport report = audit.audit("x/index.html", "<!DOCTYPE html><html><head></head><body><h1>T</h1></body></html>");

        assertThat(messages(report)).contains("page without a title", "page without a language (lang on <html>)");
    }

    @Test
    void findsImagesWithoutAlt() {
        assertThat(messages(page("<h1>T</h1><img src=\"/sozialraum/a.png\">")))
                .containsExactly("image without alt text: /sozialraum/a.png");
        assertThat(messages(page("<h1>T</h1><img src=\"/sozialraum/a.png\" alt=\"\">"))).isEmpty();
    }

    @Test
    void findsLinksWithoutText() {
        assertThat(messages(page("<h1>T</h1><a href=\"/sozialraum/a/\"> </a>")))
                .containsExactly("link without text: /sozialraum/a/");
        assertThat(messages(page("<h1>T</h1><a href=\"/sozialraum/a/\"><img src=\"/sozialraum/i.png\" alt=\"Startseite\"></a>")))
                .isEmpty();
        assertThat(messages(page("<h1>T</h1><a href=\"/sozialraum/a/\" aria-label=\"Startseite\"></a>"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hier", "Hier!", "mehr", "Weiterlesen", "weiterlesen …", "mehr erfahren", "Klicken Sie hier", "Details"})
    void findsLinkTextsThatSayNothingOutOfContext(String text) {
        assertThat(messages(page("<h1>T</h1><a href=\"/sozialraum/a/\">" + text + "</a>")))
                .containsExactly("link text \"" + text + "\" says nothing out of context");
    }

    @Test
    void acceptsAVagueLinkTextThatIsExtendedForScreenReaders() {
        assertThat(messages(page("<h1>T</h1><a href=\"/sozialraum/a/\" aria-describedby=\"t\">mehr</a><p id=\"t\">Kita</p>")))
                .isEmpty();
    }

    @Test
    void findsHeadingsThatSkipALevelAndPagesWithoutOneMainHeading() {
        assertThat(messages(page("<h1>T</h1><h2>A</h2><h4 id=\"tief\">B</h4>")))
                .containsExactly("heading level skips from h2 to h4: \"B\"");
        assertThat(messages(page("<h2>A</h2>"))).contains("the page has 0 main headings (h1); it needs exactly one");
        assertThat(messages(page("<h1>A</h1><h1>B</h1>"))).contains("the page has 2 main headings (h1); it needs exactly one");
    }

    @Test
    void pointsAHeadingFindingAtTheHeadingsId() {
        PageReport report = page("<h1>T</h1><h3 id=\"zu-tief\">B</h3>");

        assertThat(report.findings()).extracting(Finding::sourceKey).containsExactly("id:zu-tief");
    }

    @Test
    void findsDuplicateIds() {
        assertThat(messages(page("<h1 id=\"a\">T</h1><p id=\"a\">x</p><p id=\"a\">y</p>")))
                .containsExactly("duplicate id \"a\"");
    }

    @Test
    void findsResourcesFromOtherHostsButAllowsLinksToThem() {
        assertThat(messages(page("<h1>T</h1><img src=\"https://cdn.example.com/a.png\" alt=\"A\">"
                + "<script src=\"//tracker.example.com/t.js\"></script>"
                + "<a href=\"https://www.berlin.de/\">Berlin.de</a>")))
                .containsExactly("loads a resource from another host: https://cdn.example.com/a.png",
                        "loads a resource from another host: //tracker.example.com/t.js");
    }

    @Test
    void collectsInternalLinksWithTheirTargetFileAndAnchor() {
        PageReport report = audit.audit("a/b/index.html", "<html lang=\"de\"><title>T</title><h1>T</h1>"
                + "<a href=\"/sozialraum/bezirke/#mitte\">Bezirke</a><a href=\"../c/#teil\">C</a><a href=\"#oben\">Oben</a>"
                + "<a href=\"https://example.org/sozialraum/feed.xml\">Feed</a><a href=\"mailto:a@example.org\">Mail</a>");

        assertThat(report.links()).extracting(InternalLink::targetFile, InternalLink::fragment).containsExactly(
                org.assertj.core.groups.Tuple.tuple("bezirke/index.html", "mitte"),
                org.assertj.core.groups.Tuple.tuple("a/c/index.html", "teil"),
                org.assertj.core.groups.Tuple.tuple("", "oben"),
                org.assertj.core.groups.Tuple.tuple("feed.xml", ""));
    }

    @Test
    void linkCheckerFindsMissingPagesFilesAndAnchors() {
        PageReport report = audit.audit("a/index.html", "<html lang=\"de\"><title>T</title><h1 id=\"oben\">T</h1>"
                + "<a href=\"/sozialraum/da/\">Da</a><a href=\"/sozialraum/weg/\">Weg</a><a href=\"/sozialraum/da/#fehlt\">Anker</a>"
                + "<a href=\"#oben\">Oben</a><a href=\"#unten\">Unten</a><a href=\"/anderswo/\">Außerhalb</a>"
                + "<img src=\"/sozialraum/bild.png\" alt=\"B\">");
        LinkChecker checker = new LinkChecker(Set.of("a/index.html", "da/index.html"),
                Map.of("a/index.html", report.ids(), "da/index.html", Set.of("vorhanden")));

        assertThat(checker.check(report)).extracting(Finding::message).containsExactlyInAnyOrder(
                "link points nowhere: /sozialraum/weg/",
                "link to a missing anchor: /sozialraum/da/#fehlt",
                "link to a missing anchor: #unten",
                "link outside the site's base path: /anderswo/",
                "missing file: /sozialraum/bild.png");
    }

    private PageReport page(String body) {
        return audit.audit("x/index.html", "<!DOCTYPE html><html lang=\"de\"><head><title>T</title></head><body>" + body
                + "</body></html>");
    }

    private static List<String> messages(PageReport report) {
        return report.findings().stream().map(Finding::message).toList();
    }
}
