package de.kiezpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.diag.Diagnostic;
import de.kiezpress.diag.Position;
import de.kiezpress.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page shown instead of the site while it does not build: accessible, in the site's language, with the source lines. */
class ErrorPageTest {
    @TempDir
    Path dir;

    @Test
    void listsEachProblemWithItsPlaceAndTheLinesAroundIt() {
        TestSite.in(dir).file("content/a.md", "---\ntitle: A\ndate: gestern\ndistrict: Mitte\n---\nText\n");
        Diagnostic problem = Diagnostic.error("content/a.md", Position.of(3, 7),
                "date: \"gestern\" is not a date (expected YYYY-MM-DD)").withHint("e.g. 2022-06-14");

        Document page = Jsoup.parse(render(List.of(problem)));

        assertThat(page.select("html").attr("lang")).isEqualTo("de");
        assertThat(page.title()).isEqualTo("Fehler beim Erstellen der Vorschau");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("main ol > li")).hasSize(1);
        assertThat(page.select("li h2").text()).isEqualTo("Fehler: content/a.md:3:7");
        assertThat(page.select("li p[lang=en]").text())
                .isEqualTo("date: \"gestern\" is not a date (expected YYYY-MM-DD) (e.g. 2022-06-14)");
        assertThat(page.select("figcaption").text()).isEqualTo("Ausschnitt aus content/a.md, Zeilen 1 bis 5");
        assertThat(page.select("pre mark").text()).isEqualTo("3  date: gestern");
        assertThat(page.select("pre").text()).contains("1  ---").contains("5  ---");
        assertThat(page.select("script[src]").attr("src")).isEqualTo("/__kiezpress/reload.js");
        assertThat(page.select("p").text()).contains("1 Fehler gefunden");
    }

    @Test
    void escapesWhateverTheFilesAndMessagesHold() {
        TestSite.in(dir).file("content/b.md", "---\ntitle: <script>alert(1)</script>\n---\n");
        Diagnostic problem = Diagnostic.error("content/b.md", Position.of(2, 1), "bad <b>title</b>");

        String html = render(List.of(problem));

        assertThat(html).doesNotContain("<script>alert(1)").doesNotContain("<b>title")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void showsProblemsWithoutAFileOrLineWithoutAnExcerpt() {
        Document page = Jsoup.parse(render(List.of(
                Diagnostic.error("", Position.UNKNOWN, "the preview could not be built"),
                Diagnostic.warning("content/fehlt.md", Position.of(4, 1), "missing"))));

        assertThat(page.select("li")).hasSize(2);
        assertThat(page.select("li").get(0).select("h2").text()).isEqualTo("Fehler");
        assertThat(page.select("li").get(1).select("h2").text()).isEqualTo("Warnung: content/fehlt.md:4:1");
        assertThat(page.select("figure")).isEmpty();
    }

    @Test
    void neverReadsFilesOutsideTheSite() {
        TestSite.in(dir.resolve("seite"));
        TestSite.in(dir).file("geheim.md", "geheim\ngeheim\n");

        String html = ErrorPage.render(List.of(Diagnostic.error("../geheim.md", Position.of(1, 1), "x")), dir.resolve("seite"),
                strings(), "/__kiezpress/reload.js");

        assertThat(html).doesNotContain("geheim\n").doesNotContain("<figure>");
    }

    private String render(List<Diagnostic> problems) {
        return ErrorPage.render(problems, dir, strings(), "/__kiezpress/reload.js");
    }

    private PreviewStrings strings() {
        return new PreviewStrings(Optional.empty(), new PreviewStrings.Fallback(dir.resolve("ohne-themen")), "de");
    }
}
