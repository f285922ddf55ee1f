package de.kiezpress.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.content.ArticleType;
import de.kiezpress.content.Attachment;
import de.kiezpress.content.Contact;
import de.kiezpress.content.ContentDate;
import de.kiezpress.content.ContentFile;
import de.kiezpress.content.FrontMatter;
import de.kiezpress.content.Image;
import de.kiezpress.content.Meeting;
import de.kiezpress.content.Ref;
import de.kiezpress.content.Resource;
import de.kiezpress.content.SourceRef;
import de.kiezpress.diag.Position;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentLoaderTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;
    SiteFixture site;

    @BeforeEach
    void setUp() {
        site = new SiteFixture(dir);
    }

    @Test
    void readsEveryFrontMatterKeyIntoTheModel() {
        site.write("content/sitzungsberichte/2022-06-14-kog-sro/index.md", """
                ---
                title: "Neue Formen der Bürgerbeteiligung: KoG SRO tagt"
                date: 2022-06-14T18:30
                type: meeting-report
                district: Steglitz-Zehlendorf
                topics: [Bürgerbeteiligung, "  Sozialraum   orientierung ", Bürgerbeteiligung]
                summary: "  Kurz gesagt.  "
                slug: kog-sro-juni
                draft: true
                updated: 2022-06-20
                expires: 2030-01-01
                image:
                  src: gutshaus.jpg
                  alt: Das Gutshaus Steglitz
                  caption: Tagungsort
                source:
                  name: Bezirksamt Steglitz-Zehlendorf
                  url: https://www.berlin.de/ba-steglitz-zehlendorf/
                contact:
                  name: Sabine Krollmann
                  office: Pressestelle
                  email: presse@example.org
                  phone: "(030) 9029-1410"
                attachments:
                  - title: Protokoll
                    file: protokoll.pdf
                meeting:
                  date: 2022-06-13
                  time: "10:00–13:00 Uhr"
                  location: Gutshaus Steglitz
                  organiser: SPK Steglitz-Zehlendorf
                  participants: [SPK der Bezirke, Senatskanzlei]
                  agenda:
                    - Begrüßung
                    - Berichte
                related: [kiezfonds, beteiligungswerkstatt]
                aliases: [/sitzungen/kog-sro-2022/, /alt/kog.html]
                lang: DE
                ---
                Die KoG SRO hat getagt.
                """)
                .write("content/sitzungsberichte/2022-06-14-kog-sro/gutshaus.jpg", "jpg")
                .write("content/sitzungsberichte/2022-06-14-kog-sro/protokoll.pdf", "%PDF-1.4 twelve");

        ContentFile file = site.loadOnlyFile();
        FrontMatter meta = file.meta();

        assertThat(file.sourcePath()).isEqualTo("content/sitzungsberichte/2022-06-14-kog-sro/index.md");
        assertThat(file.slug()).isEqualTo("kog-sro-juni");
        assertThat(file.url()).isEqualTo("/sitzungsberichte/2022/kog-sro-juni/");
        assertThat(meta.title()).isEqualTo("Neue Formen der Bürgerbeteiligung: KoG SRO tagt");
        assertThat(meta.date()).contains(new ContentDate(LocalDate.of(2022, 6, 14), Optional.of(LocalTime.of(18, 30)), BERLIN));
        assertThat(meta.type()).isEqualTo(ArticleType.MEETING_REPORT);
        assertThat(meta.district()).contains("Steglitz-Zehlendorf");
        assertThat(meta.topics()).containsExactly("Bürgerbeteiligung", "Sozialraum orientierung");
        assertThat(meta.summary()).contains("Kurz gesagt.");
        assertThat(meta.draft()).isTrue();
        assertThat(meta.updated()).contains(ContentDate.of(LocalDate.of(2022, 6, 20), BERLIN));
        assertThat(meta.expires()).contains(ContentDate.of(LocalDate.of(2030, 1, 1), BERLIN));
        assertThat(meta.image()).contains(new Image("/sitzungsberichte/2022/kog-sro-juni/gutshaus.jpg",
                "Das Gutshaus Steglitz", Optional.of("Tagungsort"), false));
        assertThat(meta.source()).contains(new SourceRef("Bezirksamt Steglitz-Zehlendorf",
                Optional.of("https://www.berlin.de/ba-steglitz-zehlendorf/")));
        assertThat(meta.contact()).contains(new Contact("Sabine Krollmann", Optional.of("Pressestelle"),
                Optional.of("presse@example.org"), Optional.of("(030) 9029-1410")));
        assertThat(meta.attachments()).containsExactly(
                new Attachment("Protokoll", "/sitzungsberichte/2022/kog-sro-juni/protokoll.pdf", "PDF", 15));
        assertThat(meta.meeting()).contains(new Meeting(LocalDate.of(2022, 6, 13), Optional.of(LocalTime.of(10, 0)),
                Optional.of(LocalTime.of(13, 0)), Optional.of("Gutshaus Steglitz"), Optional.of("SPK Steglitz-Zehlendorf"),
                List.of("SPK der Bezirke", "Senatskanzlei"), List.of("Begrüßung", "Berichte")));
        assertThat(meta.related()).containsExactly(new Ref("kiezfonds", Position.of(36, 11)),
                new Ref("beteiligungswerkstatt", Position.of(36, 22)));
        assertThat(meta.aliases()).extracting(Ref::value).containsExactly("/sitzungen/kog-sro-2022/", "/alt/kog.html");
        assertThat(meta.lang()).contains("de");
        assertThat(file.markdown()).isEqualTo("Die KoG SRO hat getagt.\n");
        assertThat(file.bodyLine()).isEqualTo(40);
    }

    @Test
    void remembersWhereEachKeyWasWritten() {
        site.write("content/pressemitteilungen/2022-06-14-x.md", "---\ntitle: X\n\ndate: 2022-06-14\nrelated: [y]\n---\n");

        FrontMatter meta = site.loadOnlyFile().meta();

        assertThat(meta.positionOf("title")).isEqualTo(Position.of(2, 1));
        assertThat(meta.positionOf("date")).isEqualTo(Position.of(4, 1));
        assertThat(meta.positionOf("related")).isEqualTo(Position.of(5, 1));
    }

    @Test
    void publishesEveryFileOfABundleButItsMarkdownAndHiddenFiles() {
        site.write("content/pressemitteilungen/2022-06-14-fest/index.md", """
                ---
                title: Fest
                date: 2022-06-14
                image:
                  src: bilder/plakat.png
                  alt: Plakat
                ---
                """)
                .write("content/pressemitteilungen/2022-06-14-fest/foto.jpg", "a")
                .write("content/pressemitteilungen/2022-06-14-fest/bilder/plakat.png", "b")
                .write("content/pressemitteilungen/2022-06-14-fest/_entwurf.jpg", "c")
                .write("content/pressemitteilungen/2022-06-14-fest/.DS_Store", "d")
                .write("content/pressemitteilungen/2022-06-14-fest/_alt/foto.jpg", "e");

        ContentFile file = site.loadOnlyFile();

        Path bundle = dir.resolve("content/pressemitteilungen/2022-06-14-fest").toAbsolutePath();
        assertThat(file.url()).isEqualTo("/pressemitteilungen/2022/fest/");
        assertThat(file.resources()).containsExactly(
                new Resource(bundle.resolve("bilder/plakat.png"), "pressemitteilungen/2022/fest/bilder/plakat.png"),
                new Resource(bundle.resolve("foto.jpg"), "pressemitteilungen/2022/fest/foto.jpg"));
        assertThat(file.meta().image().orElseThrow().src()).isEqualTo("/pressemitteilungen/2022/fest/bilder/plakat.png");
    }

    @Test
    void warnsAboutMarkdownInsideABundleThatIsNotPublished() {
        site.write("content/pressemitteilungen/2022-06-14-fest/index.md", "---\ntitle: Fest\ndate: 2022-06-14\n---\n")
                .write("content/pressemitteilungen/2022-06-14-fest/notizen.md", "---\ntitle: N\n---\n")
                .write("content/pressemitteilungen/2022-06-14-fest/_privat.md", "x");

        List<ContentFile> files = site.loadAll();

        assertThat(files).extracting(ContentFile::slug).containsExactly("fest");
        assertThat(site.messages()).containsExactly("content/pressemitteilungen/2022-06-14-fest/notizen.md: warning: "
                + "this file is inside the page bundle of content/pressemitteilungen/2022-06-14-fest/index.md and is not "
                + "published (move it out of the bundle folder, or rename it with a leading _ to silence this)");
    }

    @Test
    void ignoresFilesAndFoldersWhoseNamesStartWithUnderscoreOrDot() {
        String article = "---\ntitle: T\ndate: 2022-06-14\n---\n";
        site.write("content/pressemitteilungen/2022-06-14-echt.md", article)
                .write("content/pressemitteilungen/_entwurf.md", "kaputt")
                .write("content/pressemitteilungen/.versteckt.md", "kaputt")
                .write("content/_vorlagen/vorlage.md", "kaputt")
                .write("content/.git/x.md", "kaputt")
                .write("content/pressemitteilungen/notiz.txt", "kein Markdown");

        assertThat(site.loadAll()).extracting(ContentFile::sourcePath)
                .containsExactly("content/pressemitteilungen/2022-06-14-echt.md");
        assertThat(site.messages()).isEmpty();
    }

    @Test
    void loadsNothingWithoutAContentFolder() {
        assertThat(site.loadAll()).isEmpty();
        assertThat(site.messages()).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource({
        "content/pressemitteilungen/2022-06-14-kita.md,        PRESS_RELEASE,  /pressemitteilungen/2022/kita/",
        "content/sitzungsberichte/2022-06-14-kita.md,          MEETING_REPORT, /sitzungsberichte/2022/kita/",
        "content/seiten/kita.md,                               PAGE,           /kita/",
        "content/kita.md,                                      PRESS_RELEASE,  /pressemitteilungen/2022/kita/",
        "content/archiv/alt/2022-06-14-kita.md,                PRESS_RELEASE,  /pressemitteilungen/2022/kita/",
        "content/sitzungsberichte/2022/2022-06-14-kita.md,     MEETING_REPORT, /sitzungsberichte/2022/kita/",
        "content/seiten/2022-06-14-kita/index.md,              PAGE,           /kita/",
    })
    void takesTheTypeFromTheTopFolderAndTheSlugFromTheNameWithoutDate(String path, ArticleType type, String url) {
        site.write(path, "---\ntitle: Kita\ndate: 2022-06-14\n---\n");

        ContentFile file = site.loadOnlyFile();

        assertThat(file.meta().type()).isEqualTo(type);
        assertThat(file.slug()).isEqualTo("kita");
        assertThat(file.url()).isEqualTo(url);
    }

    @Test
    void letsTheTypeKeyOverrideTheFolder() {
        site.write("content/pressemitteilungen/2023-01-05-bericht.md",
                "---\ntitle: B\ndate: 2023-01-05\ntype: meeting-report\n---\n");

        ContentFile file = site.loadOnlyFile();

        assertThat(file.meta().type()).isEqualTo(ArticleType.MEETING_REPORT);
        assertThat(file.url()).isEqualTo("/sitzungsberichte/2023/bericht/");
    }

    @Test
    void transliteratesTheFileNameIntoTheSlug() {
        site.write("content/pressemitteilungen/2022-06-14-Bürgerbeteiligung in Steglitz-Zehlendorf.md",
                "---\ntitle: B\ndate: 2022-06-14\n---\n");

        assertThat(site.loadOnlyFile().slug()).isEqualTo("buergerbeteiligung-in-steglitz-zehlendorf");
    }

    @Test
    void loadsAPageWithoutDate() {
        site.write("content/seiten/impressum.md", "---\ntitle: Impressum\n---\nAngaben gemäß § 5 DDG\n");

        ContentFile file = site.loadOnlyFile();

        assertThat(file.meta().date()).isEmpty();
        assertThat(file.url()).isEqualTo("/impressum/");
        assertThat(file.markdown()).isEqualTo("Angaben gemäß § 5 DDG\n");
        assertThat(file.bodyLine()).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "2022-06-14                | 2022-06-14 |      ",
        "2022-06-14T10:15          | 2022-06-14 | 10:15",
        "2022-06-14 10:15          | 2022-06-14 | 10:15",
        "'2022-06-14T10:15:30'     | 2022-06-14 | 10:15:30",
        "2022-06-14T08:15:00Z      | 2022-06-14 | 10:15",
        "2022-01-14T08:15:00Z      | 2022-01-14 | 09:15",
        "2022-06-14T23:30:00+00:00 | 2022-06-15 | 01:30",
        "2022-06-14T10:15:00+0200  | 2022-06-14 | 10:15",
    })
    void readsDatesAndDateTimesInBerlinTime(String written, String date, String time) {
        site.write("content/pressemitteilungen/x.md", "---\ntitle: X\ndate: " + written + "\n---\n");

        ContentDate read = site.loadOnlyFile().meta().date().orElseThrow();

        assertThat(read.date()).isEqualTo(LocalDate.parse(date));
        assertThat(read.time()).isEqualTo(Optional.ofNullable(time).map(LocalTime::parse));
        assertThat(read.zone()).isEqualTo(BERLIN);
    }

    @Test
    void takesTheMeetingDateFromTheArticleWhenTheMeetingHasNone() {
        site.write("content/sitzungsberichte/2022-06-14-x.md",
                "---\ntitle: X\ndate: 2022-06-14\nmeeting:\n  time: '9:30 Uhr'\n---\n");

        Meeting meeting = site.loadOnlyFile().meta().meeting().orElseThrow();

        assertThat(meeting.date()).isEqualTo(LocalDate.of(2022, 6, 14));
        assertThat(meeting.start()).contains(LocalTime.of(9, 30));
        assertThat(meeting.end()).isEmpty();
    }

    @Test
    void acceptsADecorativeImageWithoutAlt() {
        site.write("content/pressemitteilungen/x/index.md",
                "---\ntitle: X\ndate: 2022-06-14\nimage:\n  src: muster.svg\n  decorative: true\n---\n")
                .write("content/pressemitteilungen/x/muster.svg", "<svg/>");

        Image image = site.loadOnlyFile().meta().image().orElseThrow();

        assertThat(image).isEqualTo(new Image("/pressemitteilungen/2022/x/muster.svg", "", Optional.empty(), true));
    }

    @Test
    void publishesAnAttachmentBesideAPlainFileInTheArticlesFolder() {
        site.write("content/pressemitteilungen/2022-06-14-x.md",
                "---\ntitle: X\ndate: 2022-06-14\nattachments:\n  - title: Plan\n    file: downloads/plan.xlsx\n"
                        + "  - title: Liste\n    file: ../gemeinsam/liste.CSV\n---\n")
                .write("content/pressemitteilungen/downloads/plan.xlsx", "12345")
                .write("content/gemeinsam/liste.CSV", "a;b\n");

        ContentFile file = site.loadOnlyFile();

        assertThat(file.meta().attachments()).containsExactly(
                new Attachment("Plan", "/pressemitteilungen/2022/x/downloads/plan.xlsx", "Excel", 5),
                new Attachment("Liste", "/pressemitteilungen/2022/x/liste.CSV", "CSV", 4));
        assertThat(file.resources()).extracting(Resource::outputPath).containsExactly(
                "pressemitteilungen/2022/x/downloads/plan.xlsx", "pressemitteilungen/2022/x/liste.CSV");
    }

    @Test
    void normalisesAliasesToFolderPaths() {
        site.write("content/pressemitteilungen/x.md", """
                ---
                title: X
                date: 2022-06-14
                aliases:
                  - /alt/meldung
                  - /alt/meldung.html
                  - "  /alt/m%C3%BCll/  "
                ---
                """);

        assertThat(site.loadOnlyFile().meta().aliases()).containsExactly(
                new Ref("/alt/meldung/", Position.of(5, 5)),
                new Ref("/alt/meldung.html", Position.of(6, 5)),
                new Ref("/alt/müll/", Position.of(7, 5)));
    }

    @Test
    void readsAFileWithByteOrderMarkAndWindowsLineEnds() {
        site.write("content/pressemitteilungen/x.md",
                "\uFEFF---\r\ntitle: Größe\r\ndate: 2022-06-14\r\n---\r\nErste Zeile\r\nzweite Zeile\r\n");

        ContentFile file = site.loadOnlyFile();

        assertThat(file.meta().title()).isEqualTo("Größe");
        assertThat(file.markdown()).isEqualTo("Erste Zeile\nzweite Zeile\n");
        assertThat(file.bodyLine()).isEqualTo(5);
        assertThat(file.meta().positionOf("date")).isEqualTo(Position.of(3, 1));
    }

    @Test
    void acceptsTheYamlDocumentEndAsClosingFence() {
        site.write("content/pressemitteilungen/x.md", "---\ntitle: X\ndate: 2022-06-14\n...\nText\n");

        assertThat(site.loadOnlyFile().markdown()).isEqualTo("Text\n");
    }

    @Test
    void loadsTheOtherFilesWhenOneHasErrors() {
        site.write("content/pressemitteilungen/a.md", "---\ntitle: A\ndate: 2022-06-14\n---\n")
                .write("content/pressemitteilungen/b.md", "---\ntitle: B\ndate: gestern\n---\n")
                .write("content/pressemitteilungen/c.md", "---\ntitle: C\ndate: 2022-06-15\n---\n");

        assertThat(site.loadAll()).extracting(ContentFile::slug).containsExactly("a", "c");
        assertThat(site.messages()).hasSize(1).first().asString().startsWith("content/pressemitteilungen/b.md:3:7: error:");
    }

    @Test
    void loadsTheExampleSiteWithoutErrors() {
        var loader = new ContentLoader(SiteFixture.CONFIG, Path.of(""));
        var diagnostics = new de.kiezpress.diag.Diagnostics();

        List<ContentFile> files = loader.loadAll(diagnostics);

        assertThat(diagnostics.hasErrors()).as(diagnostics.sorted().toString()).isFalse();
        assertThat(files).hasSizeGreaterThan(30);
        assertThat(files).filteredOn(f -> f.slug().equals("kog-sro")).singleElement()
                .satisfies(f -> assertThat(f.url()).isEqualTo("/sitzungsberichte/2022/kog-sro/"));
    }

    @Test
    void readsAContentFileOnlyAsUtf8() {
        site.write("content/pressemitteilungen/x.md", "---\ntitle: „Kiez“ 😀\ndate: 2022-06-14\n---\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(site.loadOnlyFile().meta().title()).isEqualTo("„Kiez“ 😀");
    }
}
