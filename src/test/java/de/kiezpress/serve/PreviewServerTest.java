package de.kiezpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.testing.TestSite;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview as a web server: what it serves, how, and what it refuses. */
class PreviewServerTest {
    @TempDir
    Path dir;

    private PreviewServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void servesPagesFeedsAndFilesWithTheirContentTypeAndNoCaching() {
        start(PreviewSites.news(dir, 6));

        RawHttp.Response home = get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(home.header("Cache-Control")).isEqualTo("no-store");
        assertThat(home.body()).contains("<html lang=\"de\">").contains("<title>Vorschau-Test</title>")
                .contains("<link rel=\"canonical\" href=\"http://127.0.0.1:" + server.port() + "/\">");
        assertThat(get("/feed.xml").header("Content-Type")).isEqualTo("application/xml; charset=utf-8");
        assertThat(get("/suche/index.json").header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(get("/sitzungsberichte/2023/kiezrunde/runde.jpg").header("Content-Type")).isEqualTo("image/jpeg");
        assertThat(get("/robots.txt").header("Content-Type")).isEqualTo("text/plain; charset=utf-8");
    }

    @Test
    void servesAFolderAtItsIndexAndRedirectsToItWithTheSlash() {
        start(PreviewSites.news(dir, 6));

        RawHttp.Response redirect = get("/bezirke?x=1");
        assertThat(redirect.status()).isEqualTo(301);
        assertThat(redirect.header("Location")).isEqualTo("/bezirke/?x=1");
        RawHttp.Response folder = get("/bezirke/");
        assertThat(folder.status()).isEqualTo(200);
        assertThat(folder.body()).isEqualTo(get("/bezirke/index.html").body()).contains("<h1>Bezirke</h1>");
    }

    @Test
    void answersAMissingPageWithTheThemes404PageAndStatus404() {
        start(PreviewSites.news(dir, 6));

        RawHttp.Response missing = get("/gibt-es-nicht/");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(missing.body()).contains("Seite nicht gefunden");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../kiezpress.yaml", "/%2e%2e/kiezpress.yaml", "/%2E%2E/kiezpress.yaml", "/..%2fkiezpress.yaml",
        "/bezirke/..%2F..%2Fkiezpress.yaml", "/bezirke/../../kiezpress.yaml", "/..\\kiezpress.yaml", "/%5c..%5ckiezpress.yaml",
        "//kiezpress.yaml", "/bezirke/%00", "/%c0%ae%c0%ae/kiezpress.yaml", "/./kiezpress.yaml"})
    void refusesPathsThatCouldLeaveItsFolder(String path) {
        start(PreviewSites.news(dir, 2));

        RawHttp.Response refused = get(path);

        // "//x" reads as a request for the host x: the JDK's server answers 404 before the preview sees it
        assertThat(refused.status()).isIn(400, 404);
        assertThat(refused.body()).doesNotContain("baseUrl");
    }

    @Test
    void refusesARequestForAnotherHost() {
        start(PreviewSites.news(dir, 2));

        RawHttp.Response refused = get("http://example.org/../kiezpress.yaml");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).doesNotContain("baseUrl");
    }

    @Test
    void refusesLinksThatLeadOutOfItsFolder() throws IOException {
        start(PreviewSites.news(dir, 2));
        Files.createSymbolicLink(server.folder().resolve("geheim.txt"), dir.resolve("kiezpress.yaml"));
        Files.createSymbolicLink(server.folder().resolve("raus"), dir);

        assertThat(get("/geheim.txt").status()).isEqualTo(404);
        assertThat(get("/geheim.txt").body()).doesNotContain("baseUrl");
        assertThat(get("/raus/kiezpress.yaml").status()).isEqualTo(404);
        assertThat(get("/raus/kiezpress.yaml").body()).doesNotContain("baseUrl");
    }

    @Test
    void answersOnlyGetAndHead() {
        start(PreviewSites.news(dir, 2));

        RawHttp.Response post = RawHttp.request(server.port(), "POST", "/");
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.header("Allow")).isEqualTo("GET, HEAD");
        RawHttp.Response head = RawHttp.request(server.port(), "HEAD", "/");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(Integer.parseInt(head.header("Content-Length"))).isEqualTo(get("/").body().getBytes(
                java.nio.charset.StandardCharsets.UTF_8).length);
    }

    @Test
    void addsItsReloadScriptToThePagesItServesButNeverToABuild() {
        TestSite site = PreviewSites.news(dir, 2);
        start(site);

        RawHttp.Response script = get("/__kiezpress/reload.js");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.header("Content-Type")).isEqualTo("text/javascript; charset=utf-8");
        assertThat(script.body()).contains("new EventSource");
        assertThat(get("/").body()).contains("<script src=\"/__kiezpress/reload.js\"></script>");
        assertThat(Files.exists(server.folder().resolve("__kiezpress"))).isFalse();

        assertThat(site.build().exit()).isZero();
        assertThat(site.read("index.html")).doesNotContain("__kiezpress").doesNotContain("<script src=");
    }

    @Test
    void servesTheSiteUnderTheBasePathOfItsBaseUrl() {
        TestSite site = PreviewSites.news(dir, 2).config("title: T\nbaseUrl: https://example.org/sozialraum/\n");
        start(site);

        assertThat(server.url().toString()).isEqualTo("http://127.0.0.1:" + server.port() + "/sozialraum/");
        RawHttp.Response root = get("/");
        assertThat(root.status()).isEqualTo(301);
        assertThat(root.header("Location")).isEqualTo("/sozialraum/");
        RawHttp.Response home = get("/sozialraum/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("href=\"/sozialraum/bezirke/\"")
                .contains("<script src=\"/sozialraum/__kiezpress/reload.js\"></script>");
        assertThat(get("/sozialraum/__kiezpress/reload.js").status()).isEqualTo(200);
        assertThat(get("/bezirke/").status()).isEqualTo(404);
    }

    @Test
    void showsDraftsAndFutureArticlesWithTheirBannerOnlyWhenAsked() {
        TestSite site = PreviewSites.news(dir, 2);
        start(site);
        assertThat(get("/pressemitteilungen/2022/entwurf/").status()).isEqualTo(404);
        assertThat(get("/pressemitteilungen/2030/zukunft/").status()).isEqualTo(404);
        server.close();

        Started started = PreviewServer.start(new ServeOptions(site.root(), "127.0.0.1", 0, true, true,
                PreviewSites.NOW, Duration.ofMillis(50)), report -> { });
        server = ((Started.Running) started).server();

        assertThat(get("/pressemitteilungen/2022/entwurf/").body())
                .contains("<p class=\"preview-banner\" role=\"note\"><strong>Entwurf – diese Seite ist noch nicht veröffentlicht.");
        assertThat(get("/pressemitteilungen/2030/zukunft/").body())
                .contains("<strong>Geplant für den 1. Januar 2030 – diese Seite ist noch nicht veröffentlicht.");
    }

    @Test
    void startsWithTheErrorPageWhenTheSiteDoesNotBuildYet() {
        TestSite site = PreviewSites.news(dir, 2).article("content/pressemitteilungen/2023-01-01-kaputt.md",
                "date: 2023-02-30\n", "Text.\n");
        Started started = PreviewServer.start(new ServeOptions(site.root(), "127.0.0.1", 0, false, false,
                PreviewSites.NOW, Duration.ofMillis(50)), report -> { });
        server = ((Started.Running) started).server();

        assertThat(((Started.Running) started).firstBuild().ok()).isFalse();
        RawHttp.Response page = get("/");
        assertThat(page.status()).isEqualTo(500);
        assertThat(page.body()).contains("<h1>Die Vorschau kann gerade nicht erstellt werden</h1>")
                .contains("content/pressemitteilungen/2023-01-01-kaputt.md:3:7");
    }

    @Test
    void refusesToStartWithoutUsableSettings() {
        TestSite site = TestSite.in(dir).config("title: T\nbaseUrl: kein-url\n");

        Started started = PreviewServer.start(new ServeOptions(site.root(), "127.0.0.1", 0, false, false,
                PreviewSites.NOW, Duration.ofMillis(50)), report -> { });

        assertThat(started).isInstanceOf(Started.Refused.class);
        assertThat(((Started.Refused) started).diagnostics()).anyMatch(d -> d.format().startsWith("kiezpress.yaml:2:10: error"));
    }

    @Test
    void buildsIntoATemporaryFolderNeverIntoTheSitesOwn() {
        start(PreviewSites.news(dir, 2));

        assertThat(dir.resolve("site")).doesNotExist();
        assertThat(server.folder()).isDirectory().satisfies(folder -> assertThat(folder.startsWith(dir)).isFalse());
    }

    @Test
    void releasesThePortAndDeletesItsFolderWhenClosed() throws IOException {
        start(PreviewSites.news(dir, 2));
        int port = server.port();
        Path folder = server.folder();

        server.close();

        assertThat(folder).doesNotExist();
        try (ServerSocket again = new ServerSocket(port, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void refusesAPortInUseInOneLineNamingThePortAndTheFlag() throws IOException {
        TestSite site = PreviewSites.news(dir, 2);
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            TestSite.Run run = site.run("serve", "--port", String.valueOf(taken.getLocalPort()));

            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err().lines().toList()).hasSize(1).first().asString()
                    .contains("port " + taken.getLocalPort()).contains("--port");
        }
    }

    private void start(TestSite site) {
        Started started = PreviewServer.start(new ServeOptions(site.root(), "127.0.0.1", 0, false, false,
                PreviewSites.NOW, Duration.ofMillis(50)), report -> { });
        assertThat(started).isInstanceOf(Started.Running.class);
        server = ((Started.Running) started).server();
    }

    private RawHttp.Response get(String path) {
        return RawHttp.get(server.port(), path);
    }
}
