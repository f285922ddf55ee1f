package de.kiezpress.content.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import de.kiezpress.content.ContentFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every mistake a press officer can make in one file: one clear message naming the file, line and column. */
class ContentLoaderErrorsTest {
    private static final String FILE = "content/pressemitteilungen/2022-06-14-kiezfest.md";
    private static final String OUTSIDE_HINT = "keep published files inside content/, beside the article";

    @TempDir
    Path dir;
    SiteFixture site;

    @BeforeEach
    void setUp() {
        site = new SiteFixture(dir);
    }

    /** Loads {@link #FILE} with {@code text}, expecting it to be refused; returns the messages. */
    private List<String> refused(String text) {
        return refused(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> refused(byte[] bytes) {
        site.write(FILE, bytes);
        List<ContentFile> loaded = site.loadAll();
        assertThat(loaded).as("a file with errors is not loaded").isEmpty();
        assertThat(site.diagnostics.hasErrors()).isTrue();
        return site.messages();
    }

    /** Loads {@link #FILE} with {@code text}, expecting it to load; returns the messages (warnings). */
    private List<String> loadedWith(String text) {
        site.write(FILE, text);
        assertThat(site.loadAll()).hasSize(1);
        return site.messages();
    }

    private static String article(String extraLines) {
        return "---\ntitle: Kiezfest\ndate: 2022-06-14\n" + extraLines + "---\nText\n";
    }

    // --- the file and its fences ------------------------------------------------------------------

    @Test
    void refusesAFileWithoutFrontMatter() {
        assertThat(refused("# Kiezfest\n\nText\n")).containsExactly(FILE + ":1:1: error: no front matter: the file must "
                + "start with a line \"---\" (did you forget the \"---\"? Put title and date between two lines \"---\" at the top)");
    }

    @Test
    void refusesAnEmptyFileAsHavingNoFrontMatter() {
        assertThat(refused("")).containsExactly(FILE + ":1:1: error: no front matter: the file must "
                + "start with a line \"---\" (did you forget the \"---\"? Put title and date between two lines \"---\" at the top)");
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(strings = {"---\ntitle: Kiezfest\ndate: 2022-06-14\n\nText\n", "---\ntitle: Kiezfest", "---"})
    void refusesAnUnclosedFrontMatter(String text) {
        assertThat(refused(text)).containsExactly(FILE + ":1:1: error: the front matter is not closed "
                + "(add a line \"---\" after the last front-matter key)");
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(strings = {"---\n---\nText\n", "---\n\n   \n---\n"})
    void refusesAnEmptyFrontMatter(String text) {
        assertThat(refused(text)).containsExactly(FILE + ":1:1: error: the front matter is empty (add at least title and date)");
    }

    @Test
    void refusesAFrontMatterOfOnlyComments() {
        assertThat(refused("---\n# title: Kiezfest\n---\nText\n")).containsExactly(
                FILE + ":1:1: error: the front matter is empty (add at least title and date)");
    }

    @Test
    void refusesMalformedYamlAtItsLineAndColumn() {
        assertThat(refused("---\ntitle: Kiezfest: Programm\ndate: 2022-06-14\n---\n")).containsExactly(
                FILE + ":2:16: error: YAML syntax error: mapping values are not allowed here "
                        + "(put the value in quotes when it contains \": \")");
    }

    @Test
    void refusesAnUnclosedQuoteAtTheLineWhereItOpens() {
        assertThat(refused("---\ntitle: \"Kiezfest im Juni\ndate: 2022-06-14\ndistrict: Mitte\n---\nText\n")).containsExactly(
                FILE + ":2:8: error: YAML syntax error: while scanning a quoted scalar, found unexpected end of stream "
                        + "(close the quote at the end of the value)");
    }

    @Test
    void refusesAFrontMatterThatIsAListNotKeys() {
        assertThat(refused("---\n- title: Kiezfest\n---\n")).containsExactly(FILE + ":2:1: error: front matter: "
                + "expected a group of keys (one \"name: value\" per indented line), found a list");
    }

    // --- title and date ----------------------------------------------------------------------------

    @Test
    void refusesAMissingTitle() {
        assertThat(refused("---\ndate: 2022-06-14\n---\n")).containsExactly(
                FILE + ":1:1: error: title is missing (add a line: title: \"…\")");
    }

    @Test
    void refusesAnEmptyTitleAtItsValue() {
        assertThat(refused("---\ntitle: \"  \"\ndate: 2022-06-14\n---\n")).containsExactly(
                FILE + ":2:8: error: title: must not be empty");
    }

    @Test
    void refusesATitleKeyWithoutValueAtItsLine() {
        assertThat(refused("---\ntitle:\ndate: 2022-06-14\n---\n")).containsExactly(
                FILE + ":2:7: error: title: must not be empty");
    }

    @Test
    void refusesATitleThatIsAList() {
        assertThat(refused("---\ntitle: [Kiez, Fest]\ndate: 2022-06-14\n---\n")).containsExactly(
                FILE + ":2:8: error: title: expected text, found a list");
    }

    @Test
    void refusesAMissingDateOfANewsArticle() {
        assertThat(refused("---\ntitle: Kiezfest\n---\n")).containsExactly(
                FILE + ":1:1: error: date is missing (add a line: date: 2022-06-14)");
    }

    @Test
    void refusesADateKeyWithoutValue() {
        assertThat(refused("---\ntitle: Kiezfest\ndate:\n---\n")).containsExactly(
                FILE + ":3:6: error: date: must not be empty");
    }

    @Test
    void refusesAWordAsDateAtTheValue() {
        assertThat(refused("---\ntitle: Kiezfest\ndate: gestern\n---\n")).containsExactly(
                FILE + ":3:7: error: date: \"gestern\" is not a date (expected YYYY-MM-DD) (e.g. 2022-06-14 or 2022-06-14T10:00)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"14.06.2022, 2022-06-14", "1.6.2022, 2022-06-01", "31.12.2021, 2021-12-31"})
    void refusesAGermanDateWithTheIsoFormAsHint(String german, String iso) {
        assertThat(refused("---\ntitle: Kiezfest\ndate: " + german + "\n---\n")).containsExactly(
                FILE + ":3:7: error: date: \"" + german + "\" is not a date (expected YYYY-MM-DD) (write " + iso + ")");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2022-02-30", "2022-13-01", "2022-6-14", "22-06-14", "2022-06-14T25:00", "2022/06/14"})
    void refusesDatesThatDoNotExistOrAreWrittenOtherwise(String date) {
        assertThat(refused("---\ntitle: Kiezfest\ndate: " + date + "\n---\n")).singleElement().asString()
                .startsWith(FILE + ":3:7: error: date: \"" + date + "\" is not a date (expected YYYY-MM-DD)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "updated: morgen          | 4:10 | updated: \"morgen\" is not a date (expected YYYY-MM-DD) (e.g. 2022-06-14 or 2022-06-14T10:00)",
        "expires: 01.01.2030      | 4:10 | expires: \"01.01.2030\" is not a date (expected YYYY-MM-DD) (write 2030-01-01)",
    })
    void refusesOtherDatesTheSameWay(String line, String position, String message) {
        assertThat(refused(article(line + "\n"))).containsExactly(FILE + ":" + position + ": error: " + message);
    }

    // --- district, topics, type, slug ---------------------------------------------------------------

    @Test
    void refusesAnUnknownDistrictSuggestingTheNearest() {
        assertThat(refused(article("district: Neukoln\n"))).containsExactly(
                FILE + ":4:11: error: district: \"Neukoln\" is not one of the site's districts (did you mean \"Neukölln\"?)");
    }

    @Test
    void refusesADistrictFarFromAllListingThem() {
        assertThat(refused(article("district: Hamburg\n"))).containsExactly(FILE + ":4:11: error: district: \"Hamburg\" is "
                + "not one of the site's districts (the districts are: Mitte, Friedrichshain-Kreuzberg, Pankow, "
                + "Charlottenburg-Wilmersdorf, Spandau, Steglitz-Zehlendorf, Tempelhof-Schöneberg, Neukölln, "
                + "Treptow-Köpenick, Marzahn-Hellersdorf, Lichtenberg, Reinickendorf, Berlin)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Neukoelln, Neukölln", "neukölln, Neukölln", "tempelhof schöneberg, Tempelhof-Schöneberg"})
    void warnsAboutADistrictWrittenDifferentlyAndUsesTheSitesName(String written, String name) {
        assertThat(loadedWith(article("district: " + written + "\n"))).containsExactly(FILE + ":4:11: warning: district: \""
                + written + "\" is written differently from the site's district (write \"" + name + "\")");
        assertThat(site.loadAll().get(0).meta().district()).contains(name);
    }

    @Test
    void refusesATopicWhoseSlugIsEmpty() {
        assertThat(refused(article("topics:\n  - Jugend\n  - \"!!!\"\n"))).containsExactly(
                FILE + ":6:5: error: topics: \"!!!\" has no letters or digits to make a URL from (name the topic with words)");
    }

    @Test
    void refusesAnEmptyTopic() {
        assertThat(refused(article("topics: [Jugend, '']\n"))).containsExactly(
                FILE + ":4:18: error: topics: the list has an empty entry");
    }

    @Test
    void refusesAnUnknownTypeWithSuggestion() {
        assertThat(refused(article("type: press_release\n"))).containsExactly(FILE + ":4:7: error: type: \"press_release\" "
                + "is not a type (expected press-release, meeting-report, page) (did you mean \"press-release\"?)");
    }

    @Test
    void refusesAnInvalidSlugSuggestingAValidOne() {
        assertThat(refused(article("slug: Kiezfest im Juni\n"))).containsExactly(FILE + ":4:7: error: slug: \"Kiezfest im Juni\" "
                + "is not a valid slug (lowercase letters, digits and single hyphens only) (did you mean \"kiezfest-im-juni\"?)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "../../etc      | did you mean \"etc\"?",
        "../index       | did you mean \"index\"?",
        "a/../../b      | did you mean \"a-b\"?",
        "'..'           | e.g. neue-kita-in-marzahn",
        "'%2e%2e'       | did you mean \"2e-2e\"?",
    })
    void refusesASlugThatWouldLeaveItsFolder(String slug, String hint) {
        String shown = slug.startsWith("'") ? slug.substring(1, slug.length() - 1) : slug;
        assertThat(refused(article("slug: " + slug + "\n"))).containsExactly(FILE + ":4:7: error: slug: \"" + shown
                + "\" is not a valid slug (lowercase letters, digits and single hyphens only) (" + hint + ")");
    }

    @Test
    void refusesAFileNameThatGivesNoSlug() {
        site.write("content/pressemitteilungen/2022-06-14-!!!.md", "---\ntitle: Kiezfest\ndate: 2022-06-14\n---\n");

        assertThat(site.loadAll()).isEmpty();
        assertThat(site.messages()).containsExactly("content/pressemitteilungen/2022-06-14-!!!.md:1:1: error: the file name "
                + "gives no slug for the URL (rename the file or add a line: slug: name-of-the-article)");
    }

    @Test
    void acceptsASlugKeyForAFileNameThatGivesNoSlug() {
        site.write("content/pressemitteilungen/2022-06-14-!!!.md",
                "---\ntitle: Kiezfest\ndate: 2022-06-14\nslug: kiezfest\n---\n");

        assertThat(site.loadOnlyFile().url()).isEqualTo("/pressemitteilungen/2022/kiezfest/");
    }

    // --- unknown keys and wrong types ---------------------------------------------------------------

    @Test
    void warnsAboutAnUnknownKeySuggestingTheKnownOne() {
        assertThat(loadedWith("---\ntitle: Kiezfest\ntitel: Kiezfest\ndate: 2022-06-14\n---\n")).containsExactly(
                FILE + ":3:1: warning: unknown key \"titel\" (did you mean \"title\"?)");
    }

    @Test
    void reportsTitelInsteadOfTitleAsMissingTitleWithTheSuggestion() {
        assertThat(refused("---\ntitel: Kiezfest\ndate: 2022-06-14\n---\n")).containsExactly(
                FILE + ":1:1: error: title is missing (add a line: title: \"…\")",
                FILE + ":2:1: warning: unknown key \"titel\" (did you mean \"title\"?)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "draft: vielleicht                | 4:8  | draft: \"vielleicht\" is not true or false (write true or false)",
        "topics: {Jugend: ja}             | 4:9  | topics: expected a list, found a group of keys",
        "lang: Deutsch                    | 4:7  | lang: \"Deutsch\" is not a language code (e.g. en, tr or ar)",
        "summary: [a, b]                  | 4:10 | summary: expected text, found a list",
        "image: bild.jpg                  | 4:8  | image: expected a group of keys (one \"name: value\" per indented line), found text",
        "attachments: protokoll.pdf       | 4:14 | attachments: expected a list (each entry starting with \"- \"), found text",
        "source: {url: https://x.org/}    | 4:9  | source.name is missing",
        "source: {name: A, url: x.org}    | 4:24 | source.url: \"x.org\" is not a web address (expected https://…)",
        "contact: {name: A, email: a.de}  | 4:27 | contact.email: \"a.de\" is not an e-mail address",
        "contact: {office: Presse}        | 4:10 | contact.name is missing",
    })
    void refusesAWrongValueNamingTheKeyAtTheValue(String line, String position, String message) {
        assertThat(refused(article(line + "\n"))).containsExactly(FILE + ":" + position + ": error: " + message);
    }

    @Test
    void warnsAboutAnUnknownNestedKey() {
        site.write("content/pressemitteilungen/2022-06-14-kiezfest/index.md",
                article("image:\n  src: a.jpg\n  alt: A\n  titel: B\n"))
                .write("content/pressemitteilungen/2022-06-14-kiezfest/a.jpg", "x");

        assertThat(site.loadAll()).hasSize(1);
        assertThat(site.messages()).containsExactly("content/pressemitteilungen/2022-06-14-kiezfest/index.md:7:3: "
                + "warning: unknown key \"image.titel\"");
    }

    @Test
    void refusesAMeetingTimeThatIsNotATime() {
        site.write("content/sitzungsberichte/x.md", article("meeting:\n  time: nachmittags\n"));

        assertThat(site.loadAll()).isEmpty();
        assertThat(site.messages()).containsExactly("content/sitzungsberichte/x.md:5:9: error: meeting.time: "
                + "\"nachmittags\" is not a time (write \"10:00\" or \"10:00–13:00\")");
    }

    @Test
    void warnsThatAMeetingIsOnlyShownForMeetingReports() {
        assertThat(loadedWith(article("meeting:\n  location: Rathaus\n"))).containsExactly(FILE + ":4:1: warning: meeting "
                + "is only shown for meeting reports (set type: meeting-report or remove the meeting block)");
    }

    // --- files named in front matter ----------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"../../etc/passwd", "../../kiezpress.yaml", "../../../../../../etc/passwd", "./../../x.pdf"})
    void refusesAnAttachmentOutsideTheContentFolder(String path) {
        site.write("kiezpress.yaml", "title: x");
        assertThat(refused(article("attachments:\n  - title: Geheim\n    file: " + path + "\n"))).containsExactly(
                FILE + ":6:11: error: attachments[].file: \"" + path + "\" points outside the content folder (" + OUTSIDE_HINT + ")");
    }

    @Test
    void refusesAnImageOutsideTheContentFolder() {
        site.write("themes/default/static/logo.png", "png");

        assertThat(refused(article("image:\n  src: ../../themes/default/static/logo.png\n  alt: Logo\n"))).containsExactly(
                FILE + ":5:8: error: image.src: \"../../themes/default/static/logo.png\" points outside the content folder ("
                        + OUTSIDE_HINT + ")");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/etc/passwd                   | must be a path relative to the article's file (put the file beside the article (in its bundle folder) and write its name)",
        "..\\..\\x.pdf                 | must be a path relative to the article's file (put the file beside the article (in its bundle folder) and write its name)",
        "https://example.org/p.pdf     | is a web address; name a file of the site (put the file beside the article and write its name; the site loads nothing from other hosts)",
        "file:///etc/passwd            | is a web address; name a file of the site (put the file beside the article and write its name; the site loads nothing from other hosts)",
        "//example.org/p.pdf           | is a web address; name a file of the site (put the file beside the article and write its name; the site loads nothing from other hosts)",
    })
    void refusesAnAttachmentThatIsNotARelativePath(String path, String problem) {
        assertThat(refused(article("attachments:\n  - title: P\n    file: " + path + "\n"))).containsExactly(
                FILE + ":6:11: error: attachments[].file: \"" + path + "\" " + problem);
    }

    @Test
    void refusesAMissingAttachmentSayingWhereItWasExpected() {
        assertThat(refused(article("attachments:\n  - title: Protokoll\n    file: protokoll.pdf\n"))).containsExactly(
                FILE + ":6:11: error: attachments[].file: file \"protokoll.pdf\" not found "
                        + "(expected at content/pressemitteilungen/protokoll.pdf)");
    }

    @Test
    void refusesAnAttachmentThatIsAFolder() {
        site.write("content/pressemitteilungen/anlagen/a.pdf", "x");

        assertThat(refused(article("attachments:\n  - title: Anlagen\n    file: anlagen\n"))).containsExactly(
                FILE + ":6:11: error: attachments[].file: file \"anlagen\" not found "
                        + "(expected at content/pressemitteilungen/anlagen)");
    }

    @Test
    void refusesAnAttachmentThatLinksToAFileOutsideTheContentFolder() throws IOException {
        Path secret = site.site.resolve("geheim.txt");
        Files.writeString(secret, "geheim");
        Files.createDirectories(site.site.resolve("content/pressemitteilungen"));
        Files.createSymbolicLink(site.site.resolve("content/pressemitteilungen/liste.txt"), secret);

        assertThat(refused(article("attachments:\n  - title: Liste\n    file: liste.txt\n"))).containsExactly(
                FILE + ":6:11: error: attachments[].file: \"liste.txt\" points outside the content folder (" + OUTSIDE_HINT + ")");
    }

    @Test
    void leavesOutABundleFileThatLinksOutsideTheContentFolder() throws IOException {
        Path secret = site.site.resolve("geheim.txt");
        Files.writeString(secret, "geheim");
        site.write("content/pressemitteilungen/2022-06-14-kiezfest/index.md", article(""))
                .write("content/pressemitteilungen/2022-06-14-kiezfest/foto.jpg", "jpg");
        Files.createSymbolicLink(site.site.resolve("content/pressemitteilungen/2022-06-14-kiezfest/liste.txt"), secret);

        List<ContentFile> files = site.loadAll();

        assertThat(files).singleElement().satisfies(f -> assertThat(f.resources())
                .extracting(r -> r.outputPath()).containsExactly("pressemitteilungen/2022/kiezfest/foto.jpg"));
        assertThat(site.messages()).containsExactly("content/pressemitteilungen/2022-06-14-kiezfest/liste.txt: warning: "
                + "this file links to a file outside the content folder and is not published "
                + "(copy the file into the bundle folder instead of linking to it)");
    }

    @Test
    void refusesTwoAttachmentsThatWouldBePublishedUnderOneName() {
        site.write("content/2021/protokoll.pdf", "alt").write("content/2022/protokoll.pdf", "neu");

        assertThat(refused(article("attachments:\n  - title: Alt\n    file: ../2021/protokoll.pdf\n"
                + "  - title: Neu\n    file: ../2022/protokoll.pdf\n"))).containsExactly(
                FILE + ":8:11: error: attachments[].file: \"../2022/protokoll.pdf\" would be published under the same "
                        + "name as \"../2021/protokoll.pdf\" (rename one of the files)");
    }

    @Test
    void acceptsTheSameFileNamedTwice() {
        site.write("content/pressemitteilungen/plakat.png", "png");

        assertThat(loadedWith(article("image:\n  src: plakat.png\n  alt: Plakat\n"
                + "attachments:\n  - title: Plakat\n    file: plakat.png\n"))).isEmpty();
        assertThat(site.loadAll().get(0).resources()).hasSize(1);
    }

    @Test
    void readsAFolderThatLinksBackToAFolderAlreadyReadOnlyOnce() throws IOException {
        site.write(FILE, article(""));
        Files.createSymbolicLink(site.site.resolve("content/pressemitteilungen/schleife"), site.site.resolve("content"));

        assertThat(site.loadAll()).extracting(ContentFile::sourcePath).containsExactly(FILE);
        assertThat(site.messages()).containsExactly("content/pressemitteilungen/schleife: warning: this folder links "
                + "back to a folder that is already read, and is skipped (remove the link)");
    }

    @Test
    void refusesAnAttachmentWithoutTitleOrFile() {
        assertThat(refused(article("attachments:\n  - file: a.pdf\n  - title: B\n"))).contains(
                FILE + ":5:5: error: attachments[].title is missing",
                FILE + ":6:5: error: attachments[].file is missing");
    }

    @Test
    void refusesAnAttachmentWhoseFileHasNoValue() {
        assertThat(refused(article("attachments:\n  - title: Protokoll\n    file:\n"))).containsExactly(
                FILE + ":6:10: error: attachments[].file: must not be empty");
    }

    static Stream<Arguments> nestedKeysWithoutValue() {
        return Stream.of(
                Arguments.of("source:\n  name:\n  url: https://x.org/\n", "5:8", "source.name: must not be empty"),
                Arguments.of("contact:\n  name: ~\n", "5:9", "contact.name: must not be empty"),
                Arguments.of("attachments:\n  - title:\n    file: a.pdf\n", "5:11", "attachments[].title: must not be empty"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("nestedKeysWithoutValue")
    void refusesANestedRequiredKeyWithoutValue(String lines, String position, String message) {
        site.write("content/pressemitteilungen/a.pdf", "pdf");

        assertThat(refused(article(lines))).containsExactly(FILE + ":" + position + ": error: " + message);
    }

    @Test
    void refusesAnImageWithoutAlt() {
        site.write("content/pressemitteilungen/foto.jpg", "jpg");

        assertThat(refused(article("image:\n  src: foto.jpg\n  caption: Ein Foto\n"))).containsExactly(
                FILE + ":5:3: error: image.alt is missing: describe the image for people who cannot see it "
                        + "(add alt: \"…\", or decorative: true if the image adds nothing to the text)");
    }

    @Test
    void refusesAnImageWhoseAltHasNoValue() {
        site.write("content/pressemitteilungen/foto.jpg", "jpg");

        assertThat(refused(article("image:\n  src: foto.jpg\n  alt:\n"))).containsExactly(
                FILE + ":6:7: error: image.alt: must not be empty");
    }

    @Test
    void refusesAnImageWithoutSrc() {
        assertThat(refused(article("image:\n  alt: Ein Foto\n"))).containsExactly(FILE + ":5:3: error: image.src is missing");
    }

    // --- aliases ------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/../x", "/alt/../../x", "/%2e%2e/x", "/%2E%2E/%2e%2e/etc", "/alt/%2e%2e%2f%2e%2e%2fx",
        "https://example.org/alt/", "//example.org/alt/", "alt/meldung/", "/", "/alt//meldung/", "/alt/./x",
        "/alt?seite=2", "/alt#oben", "/alt\\\\..\\\\x", "/%00/x", "/%zz/"})
    void refusesAnAliasThatIsNotASafePathOnThisSite(String alias) {
        assertThat(refused(article("aliases:\n  - '" + alias + "'\n"))).containsExactly(FILE + ":5:5: error: aliases: \""
                + alias + "\" is not a path on this site (write the old path from the site's root, e.g. "
                + "/pressemitteilungen/alte-meldung/ (no \"..\", no web address))");
    }

    // --- encodings and limits -----------------------------------------------------------------------

    @Test
    void refusesAFileThatIsNotUtf8AtTheBadByte() {
        ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
        latin1.writeBytes("---\ntitle: Kiezfest\ndate: 2022-06-14\ndistrict: Neuk".getBytes(StandardCharsets.US_ASCII));
        latin1.write(0xF6);
        latin1.writeBytes("lln\n---\n".getBytes(StandardCharsets.US_ASCII));

        assertThat(refused(latin1.toByteArray())).containsExactly(FILE + ":4:15: error: the file is not UTF-8: byte 0xF6 "
                + "cannot be read (save it as UTF-8 (in most editors: \"Save as\", encoding \"UTF-8\"))");
    }

    @Test
    void refusesAFileSavedAsUtf16() {
        byte[] text = "\uFEFF---\ntitle: Kiezfest\n---\n".getBytes(StandardCharsets.UTF_16LE);

        assertThat(refused(text)).containsExactly(FILE + ":1:1: error: the file is saved as UTF-16, not UTF-8 "
                + "(save it as UTF-8 (in most editors: \"Save as\", encoding \"UTF-8\"))");
    }

    @Test
    void keepsPositionsRightInAFileWithByteOrderMarkAndWindowsLineEnds() {
        assertThat(refused("\uFEFF---\r\ntitle: Kiezfest\r\n\r\ndate: gestern\r\n---\r\n")).containsExactly(
                FILE + ":4:7: error: date: \"gestern\" is not a date (expected YYYY-MM-DD) (e.g. 2022-06-14 or 2022-06-14T10:00)");
    }

    @Test
    void keepsPositionsRightInAFileWithOldMacLineEnds() {
        assertThat(refused("---\rtitle: Kiezfest\rdate: gestern\r---\r")).containsExactly(
                FILE + ":3:7: error: date: \"gestern\" is not a date (expected YYYY-MM-DD) (e.g. 2022-06-14 or 2022-06-14T10:00)");
    }

    @Test
    void refusesAnAliasBombInFrontMatterQuicklyAtItsLine() {
        StringBuilder bomb = new StringBuilder("---\ntitle: Kiezfest\ndate: 2022-06-14\ntopics: &a [lol, lol, lol, lol, lol]\n");
        String previous = "a";
        for (String name : List.of("b", "c", "d", "e", "f", "g", "h")) {
            bomb.append("x").append(name).append(": &").append(name).append(" [*").append(previous).append(", *")
                    .append(previous).append(", *").append(previous).append(", *").append(previous).append("]\n");
            previous = name;
        }
        bomb.append("---\n");

        List<String> messages = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refused(bomb.toString()));

        // four aliases a line: the 21st alias is the first on the 6th alias line (file line 10)
        assertThat(messages).containsExactly(FILE + ":10:9: error: the YAML cannot be read: it uses too many aliases (*name)");
    }

    @Test
    void refusesATagThatWouldBuildAnObject() {
        assertThat(refused(article("image: !!javax.script.ScriptEngineManager [x]\n"))).containsExactly(
                FILE + ":4:8: error: unsupported YAML tag !!javax.script.ScriptEngineManager (remove the tag; only plain "
                        + "text, numbers, true/false, dates, lists and keys are read)");
    }

    @Test
    void refusesADuplicateKeyAtItsSecondOccurrence() {
        assertThat(refused(article("title: Nochmal\n"))).containsExactly(
                FILE + ":4:1: error: the key \"title\" appears twice (keep one of them)");
    }

    // --- all at once --------------------------------------------------------------------------------

    @Test
    void reportsAllProblemsOfAFileAtOnceInLineOrder() {
        List<String> messages = refused("""
                ---
                titel: Kiezfest
                date: 14.06.2022
                district: Neukoln
                topics: [Jugend, "???"]
                slug: ../fest
                draft: vielleicht
                aliases: [https://alt.example.org/fest/]
                image:
                  src: ../../../etc/passwd
                ---
                Text
                """);

        assertThat(messages).containsExactly(
                FILE + ":1:1: error: title is missing (add a line: title: \"…\")",
                FILE + ":2:1: warning: unknown key \"titel\" (did you mean \"title\"?)",
                FILE + ":3:7: error: date: \"14.06.2022\" is not a date (expected YYYY-MM-DD) (write 2022-06-14)",
                FILE + ":4:11: error: district: \"Neukoln\" is not one of the site's districts (did you mean \"Neukölln\"?)",
                FILE + ":5:18: error: topics: \"???\" has no letters or digits to make a URL from (name the topic with words)",
                FILE + ":6:7: error: slug: \"../fest\" is not a valid slug (lowercase letters, digits and single hyphens only) "
                        + "(did you mean \"fest\"?)",
                FILE + ":7:8: error: draft: \"vielleicht\" is not true or false (write true or false)",
                FILE + ":8:11: error: aliases: \"https://alt.example.org/fest/\" is not a path on this site (write the old "
                        + "path from the site's root, e.g. /pressemitteilungen/alte-meldung/ (no \"..\", no web address))",
                FILE + ":10:3: error: image.alt is missing: describe the image for people who cannot see it "
                        + "(add alt: \"…\", or decorative: true if the image adds nothing to the text)",
                FILE + ":10:8: error: image.src: \"../../../etc/passwd\" points outside the content folder (" + OUTSIDE_HINT + ")");
    }

    @Test
    void reportsEachBrokenFileOfASite() {
        site.write("content/pressemitteilungen/a.md", "kein front matter")
                .write("content/pressemitteilungen/b.md", "---\ntitle: B\n")
                .write("content/seiten/c.md", "---\ntitle: C\ndate: bald\n---\n");

        assertThat(site.loadAll()).isEmpty();
        assertThat(site.messages()).extracting(m -> m.substring(0, m.indexOf(": error")))
                .containsExactly("content/pressemitteilungen/a.md:1:1", "content/pressemitteilungen/b.md:1:1",
                        "content/seiten/c.md:3:7");
    }
}
