package de.kiezpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code kiezpress new}: a file that builds as it is, where the site expects it, and never over an existing one. */
class NewCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesAPressReleaseWithItsFrontMatterAndPrintsItsPath() throws IOException {
        TestSite site = TestSite.in(dir);

        TestSite.Run run = site.run("new", "press-release", "Neue Kita in Moabit: \"Kiezkinder\"", "--district", "Mitte",
                "--date", "2024-05-02");

        assertThat(run.exit()).as(run.toString()).isZero();
        String path = "content/pressemitteilungen/2024-05-02-neue-kita-in-moabit-kiezkinder.md";
        assertThat(run.out()).isEqualTo(path + "\n");
        String text = Files.readString(dir.resolve(path));
        assertThat(text).startsWith("---\ntitle: \"Neue Kita in Moabit: \\\"Kiezkinder\\\"\"\ndate: 2024-05-02\n"
                + "type: press-release\ndistrict: \"Mitte\"\n");
        for (String key : new String[] {"summary", "topics", "draft", "updated", "expires", "image", "source", "contact",
            "attachments", "related", "aliases", "lang", "slug"}) {
            assertThat(text).as(key).containsPattern("(?m)^# " + key + ":");
        }
        assertThat(text).doesNotContain("# meeting:");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "press-release, content/pressemitteilungen/2024-05-02-ein-titel.md, /pressemitteilungen/2024/ein-titel/index.html",
        "meeting-report, content/sitzungsberichte/2024-05-02-ein-titel.md, /sitzungsberichte/2024/ein-titel/index.html",
        "page, content/seiten/ein-titel.md, /ein-titel/index.html"})
    void writesAFileThatBuildsWithoutAnyWarning(String type, String path, String page) {
        TestSite site = TestSite.in(dir);

        TestSite.Run created = site.run("new", type, "Ein Titel", "--district", "Neukölln", "--date", "2024-05-02");
        TestSite.Run built = site.build("--base-url", "https://example.org/");

        assertThat(created.exit()).as(created.toString()).isZero();
        assertThat(created.out().strip()).isEqualTo(path);
        assertThat(built.exit()).as(built.toString()).isZero();
        assertThat(built.diagnostics()).noneMatch(line -> line.startsWith(path));
        assertThat(site.read(page.substring(1))).contains("<h1>Ein Titel</h1>");
    }

    @Test
    void datesTheArticleTodayInTheSitesTimeZone() {
        TestSite site = TestSite.in(dir);

        TestSite.Run run = site.run("new", "meeting-report", "Kiezrunde");

        String today = LocalDate.now(ZoneId.of("Europe/Berlin")).toString();
        assertThat(run.out().strip()).isEqualTo("content/sitzungsberichte/" + today + "-kiezrunde.md");
        assertThat(site.root().resolve(run.out().strip())).content().contains("date: " + today + "\n")
                .contains("# meeting:").contains("# district: \"Mitte\"");
    }

    @Test
    void refusesToOverwriteAnExistingFile() throws IOException {
        TestSite site = TestSite.in(dir).file("content/pressemitteilungen/2024-05-02-ein-titel.md", "mein Text");

        TestSite.Run run = site.run("new", "press-release", "Ein Titel", "--date", "2024-05-02");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("content/pressemitteilungen/2024-05-02-ein-titel.md already exists");
        assertThat(Files.readString(dir.resolve("content/pressemitteilungen/2024-05-02-ein-titel.md"))).isEqualTo("mein Text");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown district | press-release | Titel | --district=Neukoln | --date=2024-05-02 | "
                + "error: --district: \"Neukoln\" is not one of the site's districts (did you mean \"Neukölln\"?)",
        "bad date | press-release | Titel | --district=Mitte | --date=2024-13-01 | "
                + "error: --date: \"2024-13-01\" is not a date (expected YYYY-MM-DD)",
        "no such day | press-release | Titel | --district=Mitte | --date=2023-02-29 | "
                + "error: --date: \"2023-02-29\" is not a date",
        "empty title | page | '  ' | --district=Mitte | --date=2024-05-02 | error: the title is empty",
        "no letters | page | '!!!' | --district=Mitte | --date=2024-05-02 | has no letter or digit",
        "unknown type | news | Titel | --district=Mitte | --date=2024-05-02 | "
                + "unknown type \"news\"; use one of: press-release, meeting-report, page"})
    void refusesBadInputAndWritesNothing(String name, String type, String title, String district, String date, String error) {
        TestSite site = TestSite.in(dir);

        TestSite.Run run = site.run("new", type, title, district, date);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(error);
        assertThat(dir.resolve("content")).doesNotExist();
    }

    @Test
    void needsTheSitesSettings() {
        TestSite.Run run = TestSite.Run.of("new", "page", "Titel", "-s", dir.resolve("leer").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no kiezpress.yaml");
    }
}
