package de.kiezpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.testing.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input of SPEC.md's "Safety and bad input": the build fails with exit status 1, the
 * message names the file and line, the previous site stays exactly as it was, and nothing is
 * written anywhere else.
 */
class BadInputTest {
    private static final String BAD = "content/pressemitteilungen/2022-06-20-kaputt.md";

    @TempDir
    Path dir;

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("malformed YAML", text("---\ntitle: Kita: Neubau\ndate: 2022-06-20\n---\nText\n"),
                        BAD + ":2:12: error: YAML syntax error: mapping values are not allowed here"),
                Arguments.of("unclosed front matter", text("---\ntitle: Offen\ndate: 2022-06-20\n\nText ohne Ende\n"),
                        BAD + ":1:1: error: the front matter is not closed"),
                Arguments.of("no front matter", text("Nur Text, kein Kopf.\n"),
                        BAD + ":1:1: error: no front matter: the file must start with a line \"---\""),
                Arguments.of("missing title", text("---\ndate: 2022-06-20\n---\nText\n"),
                        BAD + ":1:1: error: title is missing"),
                Arguments.of("empty title", text("---\ntitle: \"  \"\ndate: 2022-06-20\n---\nText\n"),
                        BAD + ":2:8: error: title: must not be empty"),
                Arguments.of("missing date", text("---\ntitle: Ohne Datum\n---\nText\n"),
                        BAD + ":1:1: error: date is missing"),
                Arguments.of("invalid date", text("---\ntitle: Gestern\ndate: gestern\n---\nText\n"),
                        BAD + ":3:7: error: date: \"gestern\" is not a date (expected YYYY-MM-DD)"),
                Arguments.of("unknown district", text("---\ntitle: Bezirk\ndate: 2022-06-20\ndistrict: Neukoln\n---\nText\n"),
                        BAD + ":4:11: error: district: \"Neukoln\" is not one of the site's districts (did you mean \"Neukölln\"?)"),
                Arguments.of("../ in slug", text("---\ntitle: Ausbruch\ndate: 2022-06-20\nslug: ../../etc\n---\nText\n"),
                        BAD + ":4:7: error: slug: \"../../etc\" is not a valid slug"),
                Arguments.of("../ in attachment", text("---\ntitle: Anhang\ndate: 2022-06-20\nattachments:\n"
                                + "  - title: Geheim\n    file: ../../../kiezpress.yaml\n---\nText\n"),
                        BAD + ":6:11: error: attachments[].file: \"../../../kiezpress.yaml\" points outside the content folder"),
                Arguments.of("../ in alias", text("---\ntitle: Umzug\ndate: 2022-06-20\naliases: [/../../raus/]\n---\nText\n"),
                        BAD + ":4:11: error: aliases: \"/../../raus/\" is not a path on this site"),
                Arguments.of("not UTF-8", latin1("---\ntitle: Gr\u00fc\u00dfe\ndate: 2022-06-20\n---\nText\n"),
                        BAD + ":2:10: error: the file is not UTF-8: byte 0xFC cannot be read"),
                Arguments.of("alias bomb", text(aliasBomb()),
                        BAD + ":"),
                Arguments.of("image without alt", text("---\ntitle: Bild\ndate: 2022-06-20\nimage:\n  src: fehlt.jpg\n---\nText\n"),
                        BAD + ":5:3: error: image.alt is missing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void failsNamingFileAndLineAndKeepsThePreviousSite(String name, byte[] content, String expected) {
        TestSite site = goodSite();
        TestSite.Run first = site.build();
        assertThat(first.exit()).as(first.toString()).isZero();
        Map<String, String> before = TestSite.snapshot(site.output());
        List<String> aroundBefore = TestSite.listing(dir);

        site.bytes(BAD, content);
        TestSite.Run second = site.build();

        assertThat(second.exit()).as(second.toString()).isEqualTo(1);
        assertThat(second.err()).as(second.toString()).contains(expected);
        assertThat(second.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(TestSite.snapshot(site.output())).isEqualTo(before);
        assertThat(TestSite.listing(dir)).isEqualTo(aroundBefore);
    }

    @Test
    void readsFilesWithByteOrderMarkAndWindowsLineEndingsWithCorrectLines() {
        TestSite site = goodSite();
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "---\r\ntitle: Windows\r\ndate: gestern\r\n---\r\nText\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(body, 0, content, bom.length, body.length);
        site.bytes(BAD, content);

        TestSite.Run run = site.build();

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(BAD + ":3:7: error: date: \"gestern\" is not a date");
    }

    @Test
    void publishesFilesWithByteOrderMarkAndWindowsLineEndings() {
        TestSite site = goodSite();
        site.bytes(BAD, ("\uFEFF---\r\ntitle: \"Windows\"\r\ndate: 2022-06-20\r\n---\r\nErste Zeile.\r\n\r\n## Abschnitt\r\n")
                .getBytes(StandardCharsets.UTF_8));

        TestSite.Run run = site.build();

        assertThat(run.exit()).as(run.toString()).isZero();
        String page = site.read("pressemitteilungen/2022/kaputt/index.html");
        assertThat(page).contains("<h1>Windows</h1>").contains("<h2 id=\"abschnitt\">Abschnitt</h2>").doesNotContain("\r");
    }

    @Test
    void reportsEveryProblemOfEveryFileAtOnce() {
        TestSite site = goodSite()
                .file("content/pressemitteilungen/a.md", "---\ntitle: A\ndate: morgen\ndistrict: Atlantis\n---\n")
                .file("content/pressemitteilungen/b.md", "---\ndate: 2022-01-01\n---\n");

        TestSite.Run run = site.build();

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.diagnostics()).contains(
                "content/pressemitteilungen/a.md:3:7: error: date: \"morgen\" is not a date (expected YYYY-MM-DD) (e.g. 2022-06-14 or 2022-06-14T10:00)",
                "content/pressemitteilungen/b.md:1:1: error: title is missing (add a line: title: \"…\")");
        assertThat(run.diagnostics()).anyMatch(l -> l.startsWith("content/pressemitteilungen/a.md:4:11: error: district: \"Atlantis\""));
    }

    @Test
    void reportsABrokenFileOnceNotAgainForEveryLinkToIt() {
        TestSite site = goodSite()
                .file("content/pressemitteilungen/2022-06-20-kaputt.md", "---\ntitle: Kaputt\ndate: gestern\n---\nText\n")
                .article("content/pressemitteilungen/2022-06-21-verweis.md", "",
                        "Siehe [die kaputte Meldung](2022-06-20-kaputt.md) und [noch einmal](2022-06-20-kaputt.md).\n");

        TestSite.Run run = site.build();

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.diagnostics()).containsExactly("content/pressemitteilungen/2022-06-20-kaputt.md:3:7: error: "
                + "date: \"gestern\" is not a date (expected YYYY-MM-DD) (e.g. 2022-06-14 or 2022-06-14T10:00)");
    }

    @Test
    void reportsTwoSourcesOnOneUrlNamingBoth() {
        TestSite site = goodSite()
                .article("content/pressemitteilungen/2022-06-20-kita.md", "", "Eins.")
                .article("content/pressemitteilungen/2022-07-01-kita.md", "", "Zwei.");

        TestSite.Run run = site.build();

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("\"/pressemitteilungen/2022/kita/index.html\" is made twice: by "
                + "content/pressemitteilungen/2022-06-20-kita.md and by content/pressemitteilungen/2022-07-01-kita.md");
    }

    @Test
    void reportsAnAliasThatCollidesWithAPageAtTheAliasLine() {
        TestSite site = goodSite()
                .article("content/pressemitteilungen/2022-07-01-neu.md", "aliases:\n  - /pressemitteilungen/2022/gut/\n", "Neu.");

        TestSite.Run run = site.build();

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("content/pressemitteilungen/2022-07-01-neu.md:5:5: error: "
                + "\"/pressemitteilungen/2022/gut/index.html\" is made twice");
    }

    @Test
    void warnsAboutUnknownKeysAndFailsOnlyWhenStrict() {
        TestSite site = goodSite().article("content/pressemitteilungen/2022-07-01-tippfehler.md", "titel: Doppelt\n", "Text.");

        TestSite.Run normal = site.build();
        TestSite.Run strict = site.build("--strict");

        assertThat(normal.exit()).isZero();
        assertThat(normal.err()).contains("content/pressemitteilungen/2022-07-01-tippfehler.md:4:1: warning: "
                + "unknown key \"titel\" (did you mean \"title\"?)");
        assertThat(strict.exit()).isEqualTo(1);
        assertThat(strict.err()).contains("unknown key \"titel\"");
    }

    @Test
    void refusesADestinationThatWouldReplaceTheSitesOwnFiles() {
        TestSite site = goodSite();

        TestSite.Run run = site.build("-d", site.root().toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("would replace the site's own files");
        assertThat(site.root().resolve("content")).isDirectory();
    }

    @Test
    void refusesToReplaceAFolderKiezpressDidNotMake() {
        TestSite site = goodSite().file("eigene-dateien/wichtig.txt", "bitte behalten");

        TestSite.Run run = site.build("-d", site.root().resolve("eigene-dateien").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("holds files that kiezpress did not make");
        assertThat(site.root().resolve("eigene-dateien/wichtig.txt")).hasContent("bitte behalten");
    }

    @Test
    void removesFilesTheBuildNoLongerMakes() {
        TestSite site = goodSite().article("content/pressemitteilungen/2022-07-01-alt.md", "", "Bald weg.");
        assertThat(site.build().exit()).isZero();
        assertThat(site.exists("pressemitteilungen/2022/alt/index.html")).isTrue();

        site.delete("content/pressemitteilungen/2022-07-01-alt.md");
        assertThat(site.build().exit()).isZero();

        assertThat(site.exists("pressemitteilungen/2022/alt/index.html")).isFalse();
        assertThat(site.exists("pressemitteilungen/2022/gut/index.html")).isTrue();
    }

    private TestSite goodSite() {
        return TestSite.in(dir).article("content/pressemitteilungen/2022-06-14-gut.md",
                "district: Neukölln\ntopics: [Bürgerbeteiligung]\n", "Ein guter Text über Beteiligung.\n");
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** "Billion laughs": nine levels of nine aliases each, a billion strings if expanded. */
    private static String aliasBomb() {
        StringBuilder yaml = new StringBuilder("---\ntitle: Bombe\ndate: 2022-06-20\n");
        yaml.append("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'i'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = c;
        }
        return yaml.append("---\nText\n").toString();
    }
}
