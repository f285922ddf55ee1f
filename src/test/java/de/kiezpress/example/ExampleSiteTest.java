package de.kiezpress.example;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's own example site, as a new user builds it: without a single warning (so
 * `--strict` passes), with every page kind of SPEC.md and the pieces the foundation issue asks for.
 */
class ExampleSiteTest {
    @TempDir
    Path out;

    @Test
    void buildsWithoutWarningsEvenWhenStrict() {
        TestSite.Run run = TestSite.Run.of("build", "-s", ".", "-d", out.resolve("site").toString(), "--strict");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.err()).as(run.toString()).isEmpty();
    }

    @Test
    void hasEveryPageKindAndTheRequiredExamples() throws Exception {
        Path site = out.resolve("site");
        assertThat(TestSite.Run.of("build", "-s", ".", "-d", site.toString()).exit()).isZero();

        for (String page : new String[] {"index.html", "seite/2/index.html", "pressemitteilungen/index.html",
            "sitzungsberichte/index.html", "bezirke/index.html", "bezirke/neukoelln/index.html", "themen/index.html",
            "themen/buergerbeteiligung/index.html", "archiv/index.html", "archiv/2022/index.html", "suche/index.html",
            "suche/index.json", "404.html", "feed.xml", "sitemap.xml", "robots.txt", "barrierefreiheit/index.html",
            "leichte-sprache/index.html", "gebaerdensprache/index.html", "impressum/index.html", "datenschutz/index.html",
            "was-ist-sozialraumorientierung/index.html"}) {
            assertThat(site.resolve(page)).as(page).exists();
        }
        String meeting = Files.readString(site.resolve("sitzungsberichte/2022/kog-sro/index.html"));
        assertThat(meeting).contains("Gutshaus Steglitz").contains("14. Juni 2022").contains("Senatskanzlei")
                .contains("Senatsverwaltung für Finanzen").contains("<figure").contains("(PDF, ")
                .contains("Pressekontakt").contains("Quelle:");
        assertThat(Files.readString(site.resolve("impressum/index.html"))).containsIgnoringCase("Beispiel");
        assertThat(Files.readString(site.resolve("barrierefreiheit/index.html"))).contains("id=\"barriere-melden\"");
    }
}
