package de.kiezpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.testing.TestSite;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: a small site written here, built through the command line, asserted on the files written. */
class BuildTest {
    @TempDir
    Path dir;

    @Test
    void writesEveryArticleAtItsUrl() {
        TestSite site = TestSite.in(dir)
                .article("content/pressemitteilungen/2022-06-14-buergerbeteiligung-in-steglitz-zehlendorf.md",
                        "district: Steglitz-Zehlendorf\n", "Text.")
                .article("content/sitzungsberichte/2023-01-10-kog-sro/index.md", "title: Sitzung\ndate: 2023-01-10\n", "Bericht.")
                .file("content/seiten/impressum.md", "---\ntitle: Impressum\n---\nAngaben.\n");

        TestSite.Run run = site.build();

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(site.exists("pressemitteilungen/2022/buergerbeteiligung-in-steglitz-zehlendorf/index.html")).isTrue();
        assertThat(site.exists("sitzungsberichte/2023/kog-sro/index.html")).isTrue();
        assertThat(site.exists("impressum/index.html")).isTrue();
        assertThat(site.exists("index.html")).isTrue();
        assertThat(site.exists("pressemitteilungen/index.html")).isTrue();
        assertThat(site.exists("sitzungsberichte/index.html")).isTrue();
        assertThat(site.exists("bezirke/index.html")).isTrue();
        assertThat(site.exists("bezirke/steglitz-zehlendorf/index.html")).isTrue();
        assertThat(site.exists("themen/index.html")).isTrue();
        assertThat(site.exists("archiv/index.html")).isTrue();
        assertThat(site.exists("archiv/2022/index.html")).isTrue();
        assertThat(site.exists("suche/index.html")).isTrue();
        assertThat(site.exists("suche/index.json")).isTrue();
        assertThat(site.exists("feed.xml")).isTrue();
        assertThat(site.exists("sitemap.xml")).isTrue();
        assertThat(site.exists("robots.txt")).isTrue();
        assertThat(site.exists("404.html")).isTrue();
        assertThat(run.out()).matches("(?s)kiezpress: \\d+ pages, 2 articles, \\d+ warnings?, 0 errors in \\d+ ms; written to .*\\n");
    }

    @Test
    void rendersTheArticleWithItsTitleAsTheOnlyMainHeading() {
        TestSite site = TestSite.in(dir).article("content/pressemitteilungen/2022-06-14-x.md",
                "title: \"Neue Kita <script>alert(1)</script> & mehr\"\n", "# Abschnitt\n\nText mit \"Zitat\".\n");

        site.build();
        String page = site.read("pressemitteilungen/2022/x/index.html");

        assertThat(page).contains("<html lang=\"de\">");
        assertThat(page).contains("<h1>Neue Kita &lt;script&gt;alert(1)&lt;/script&gt; &amp; mehr</h1>");
        assertThat(page).doesNotContain("<script>alert(1)");
        assertThat(page.split("<h1", -1)).hasSize(2);
        assertThat(page).contains("<h2 id=\"abschnitt\">Abschnitt</h2>");
        assertThat(page).contains("Text mit &bdquo;Zitat&ldquo;.");
        assertThat(page).contains("<time datetime=\"2022-06-14\">14. Juni 2022</time>");
    }

    @Test
    void leavesDraftsFutureAndExpiredArticlesOutUnlessAsked() {
        TestSite site = TestSite.in(dir)
                .article("content/pressemitteilungen/2022-06-14-entwurf.md", "draft: true\n", "Entwurf.")
                .article("content/pressemitteilungen/2099-01-01-zukunft.md", "date: 2099-01-01\n", "Sperrfrist.")
                .article("content/pressemitteilungen/2020-01-01-abgelaufen.md", "date: 2020-01-01\nexpires: 2021-01-01\n", "Alt.");

        site.build();
        assertThat(site.exists("pressemitteilungen/2022/entwurf/index.html")).isFalse();
        assertThat(site.exists("pressemitteilungen/2099/zukunft/index.html")).isFalse();
        assertThat(site.exists("pressemitteilungen/2020/abgelaufen/index.html")).isFalse();
        assertThat(site.read("index.html")).doesNotContain("Entwurf").doesNotContain("zukunft");

        site.build("--drafts", "--future");
        assertThat(site.read("pressemitteilungen/2022/entwurf/index.html")).contains("Entwurf – diese Seite ist noch nicht veröffentlicht.");
        assertThat(site.read("pressemitteilungen/2099/zukunft/index.html")).contains("Geplant für den 1. Januar 2099");
        assertThat(site.exists("pressemitteilungen/2020/abgelaufen/index.html")).isFalse();
    }

    @Test
    void prefixesEveryLinkAssetAndFeedEntryWithTheBasePath() {
        TestSite site = TestSite.in(dir).config("title: T\nbaseUrl: https://example.org/sozialraum/\n")
                .article("content/pressemitteilungen/2022-06-14-a.md", "district: Mitte\n",
                        "Siehe [B](2022-06-15-b.md) und [Bezirke](/bezirke/).")
                .article("content/pressemitteilungen/2022-06-15-b.md", "", "B.");

        TestSite.Run run = site.build();

        assertThat(run.exit()).as(run.toString()).isZero();
        String page = site.read("pressemitteilungen/2022/a/index.html");
        assertThat(page).contains("href=\"/sozialraum/pressemitteilungen/2022/b/\"");
        assertThat(page).contains("href=\"/sozialraum/bezirke/\"");
        assertThat(page).contains("href=\"/sozialraum/css/kiezpress.css\"");
        assertThat(page).contains("<link rel=\"canonical\" href=\"https://example.org/sozialraum/pressemitteilungen/2022/a/\">");
        assertThat(page).doesNotContain("href=\"/bezirke/").doesNotContain("href=\"/pressemitteilungen/");
        assertThat(site.read("feed.xml")).contains("<id>https://example.org/sozialraum/pressemitteilungen/2022/a/</id>");
        assertThat(site.read("sitemap.xml")).contains("<loc>https://example.org/sozialraum/pressemitteilungen/2022/a/</loc>");
        assertThat(run.err()).doesNotContain("points nowhere: /sozialraum/pressemitteilungen")
                .doesNotContain("points nowhere: /sozialraum/bezirke/");
    }

    @Test
    void copiesBundleFilesAndListsAttachmentsWithTypeAndSize() {
        TestSite site = TestSite.in(dir)
                .article("content/sitzungsberichte/2022-06-14-kog-sro/index.md",
                        "type: meeting-report\nattachments:\n  - title: Protokoll\n    file: protokoll.pdf\n"
                                + "image:\n  src: bild.jpg\n  alt: Das Gutshaus\n  caption: Tagungsort\n",
                        "Bericht.")
                .bytes("content/sitzungsberichte/2022-06-14-kog-sro/protokoll.pdf", new byte[245_760])
                .bytes("content/sitzungsberichte/2022-06-14-kog-sro/bild.jpg", new byte[100])
                .bytes("content/sitzungsberichte/2022-06-14-kog-sro/extra/plan.png", new byte[10]);

        TestSite.Run run = site.build();

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(site.exists("sitzungsberichte/2022/kog-sro/protokoll.pdf")).isTrue();
        assertThat(site.exists("sitzungsberichte/2022/kog-sro/bild.jpg")).isTrue();
        assertThat(site.exists("sitzungsberichte/2022/kog-sro/extra/plan.png")).isTrue();
        String page = site.read("sitzungsberichte/2022/kog-sro/index.html");
        assertThat(page).contains("Protokoll <span class=\"file-meta\">(PDF, 240 KB)</span>");
        assertThat(page).contains("<img src=\"/sitzungsberichte/2022/kog-sro/bild.jpg\" alt=\"Das Gutshaus\">");
        assertThat(page).contains("<figcaption>Tagungsort</figcaption>");
    }

    @Test
    void writesRedirectPagesForAliases() {
        TestSite site = TestSite.in(dir).article("content/pressemitteilungen/2022-06-14-neu.md",
                "aliases: [/alt/meldung/, /alt.html]\n", "Text.");

        site.build();

        String redirect = site.read("alt/meldung/index.html");
        assertThat(redirect).contains("<meta http-equiv=\"refresh\" content=\"0; url=/pressemitteilungen/2022/neu/\">");
        assertThat(redirect).contains("<link rel=\"canonical\" href=\"https://example.org/pressemitteilungen/2022/neu/\">");
        assertThat(redirect).contains("<a href=\"/pressemitteilungen/2022/neu/\">");
        assertThat(site.exists("alt.html")).isTrue();
    }

    @Test
    void keepsPagesOutOfListingsAndFeedsButInTheSitemap() {
        TestSite site = TestSite.in(dir)
                .article("content/pressemitteilungen/2022-06-14-news.md", "", "Text.")
                .file("content/seiten/datenschutz.md", "---\ntitle: Datenschutz\n---\nText.\n");

        site.build();

        assertThat(site.read("index.html")).doesNotContain("/datenschutz/\">Datenschutz</a></h");
        assertThat(site.read("feed.xml")).doesNotContain("datenschutz");
        assertThat(site.read("archiv/2022/index.html")).doesNotContain("Datenschutz</a></h");
        assertThat(site.read("sitemap.xml")).contains("<loc>https://example.org/datenschutz/</loc>");
    }

    @Test
    void producesByteIdenticalOutputFromTheSameInput() {
        TestSite site = TestSite.in(dir)
                .article("content/pressemitteilungen/2022-06-14-a.md", "district: Mitte\ntopics: [Wohnen, Grünflächen]\n", "A.")
                .article("content/sitzungsberichte/2022-06-15-b.md",
                        "meeting:\n  date: 2022-06-15\n  time: \"10:00–12:00\"\n  location: Rathaus\n  organiser: SPK\n", "B.")
                .article("content/pressemitteilungen/2023-01-01-c.md", "district: Pankow\ntopics: [Wohnen]\n", "C.");

        site.build("-d", dir.resolve("eins").toString());
        site.build("-d", dir.resolve("zwei").toString());

        Map<String, String> first = TestSite.snapshot(dir.resolve("eins"));
        assertThat(first).hasSizeGreaterThan(20);
        assertThat(TestSite.snapshot(dir.resolve("zwei"))).isEqualTo(first);
    }

    @Test
    void rendersAnEmptySiteWithFriendlyMessages() {
        TestSite site = TestSite.in(dir);

        TestSite.Run run = site.build();

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(site.read("index.html")).contains("Noch keine Beiträge.");
        assertThat(site.read("pressemitteilungen/index.html")).contains("Noch keine Beiträge.");
        assertThat(site.read("themen/index.html")).contains("Noch keine Beiträge.");
        assertThat(site.read("bezirke/index.html")).contains("Neukölln");
        assertThat(site.read("archiv/index.html")).contains("Noch keine Beiträge.");
    }

    @Test
    void reportsLinksToMissingContentFilesAtTheirLine() {
        TestSite site = TestSite.in(dir).article("content/pressemitteilungen/2022-06-14-a.md", "",
                "Erster Absatz.\n\nSiehe [den Bericht](../sitzungsberichte/fehlt.md).\n");

        TestSite.Run run = site.build();

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("content/pressemitteilungen/2022-06-14-a.md:7:7: error: link to a missing file "
                + "\"../sitzungsberichte/fehlt.md\"");
    }

    @Test
    void auditsPagesAndReportsFindingsAtTheSourceLine() {
        TestSite site = TestSite.in(dir).article("content/pressemitteilungen/2022-06-14-a.md", "",
                "Text.\n\n[hier](/bezirke/) und [Link ins Leere](/gibt-es-nicht/)\n\n#### Zu tief\n");

        TestSite.Run run = site.build();

        assertThat(run.exit()).isZero();
        assertThat(run.diagnostics()).contains(
                "content/pressemitteilungen/2022-06-14-a.md:7:1: warning: link text \"hier\" says nothing out of context "
                        + "(say where the link leads, e.g. \"Protokoll der Sitzung\")",
                "content/pressemitteilungen/2022-06-14-a.md:7:23: warning: link points nowhere: /gibt-es-nicht/ (check the address)");
        assertThat(run.diagnostics()).anyMatch(l -> l.startsWith(
                "content/pressemitteilungen/2022-06-14-a.md:9:1: warning: heading level skips from h1 to h4"));
        assertThat(site.build("--strict").exit()).isEqualTo(1);
    }
}
