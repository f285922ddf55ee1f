package de.kiezpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.testing.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An editor at work: saves, breaks and fixes files while the preview runs, and watches the tab reload. */
class LiveEditingTest {
    private static final String ARTICLE = "content/pressemitteilungen/" + PreviewSites.fileOf(5) + ".md";
    private static final String PAGE = "/pressemitteilungen/2023/meldung-5/";
    private static final long WAIT_SECONDS = 30;

    @TempDir
    Path dir;

    private TestSite site;
    private PreviewServer server;
    private final BlockingQueue<RebuildReport> rebuilds = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() {
        site = PreviewSites.news(dir, 12);
        Started started = PreviewServer.start(new ServeOptions(dir, "127.0.0.1", 0, false, false, PreviewSites.NOW,
                Duration.ofMillis(50)), rebuilds::add);
        assertThat(started).isInstanceOf(Started.Running.class);
        server = ((Started.Running) started).server();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anEditSendsAReloadEventAndTheTabThenGetsTheNewText() throws Exception {
        listenForReloads();

        site.file(ARTICLE, read(ARTICLE) + "\nEin Satz, der eben dazukam.\n");

        assertThat(nextEvent()).isEqualTo("event: reload");
        RawHttp.Response page = get(PAGE);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Ein Satz, der eben dazukam.");
    }

    @Test
    void aBrokenFileShowsItsProblemsInsteadOfEveryPageUntilTheNextGoodSave() throws Exception {
        listenForReloads();
        String good = read(ARTICLE);

        site.file(ARTICLE, good.replaceFirst("date: [0-9-]+", "date: gestern"));

        assertThat(nextEvent()).isEqualTo("event: reload");
        RebuildReport broken = nextRebuild();
        assertThat(broken.ok()).isFalse();
        for (String path : new String[] {PAGE, "/", "/gibt-es-nicht/"}) {
            RawHttp.Response page = get(path);
            assertThat(page.status()).isEqualTo(500);
            assertThat(page.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
            assertThat(page.body()).contains("<html lang=\"de\">")
                    .contains("<code>" + ARTICLE + ":3:7</code>")
                    .contains("<mark>3  date: gestern</mark>")
                    .contains("<script src=\"/__kiezpress/reload.js\"></script>");
            assertThat(page.body().split("<h1", -1)).hasSize(2);
        }
        assertThat(get("/robots.txt").status()).isEqualTo(200);

        site.file(ARTICLE, good);

        assertThat(nextEvent()).isEqualTo("event: reload");
        assertThat(nextRebuild().ok()).isTrue();
        assertThat(get(PAGE).status()).isEqualTo(200);
        assertThat(get(PAGE).body()).contains("Meldung 5 aus Pankow");
    }

    @Test
    void editingOneArticleMakesAgainOnlyThePagesItTouches() throws Exception {
        site.file(ARTICLE, read(ARTICLE) + "\nNoch ein Absatz.\n");

        RebuildReport report = nextRebuild();

        assertThat(report.ok()).isTrue();
        assertThat(report.full()).isFalse();
        assertThat(report.result().pages()).isPositive().isLessThan((int) report.pagesInSite() / 3);
    }

    @Test
    void watchesFoldersMadeAfterTheStart() throws Exception {
        String file = "content/pressemitteilungen/neu/tief/2023-09-09-ganz-neu.md";
        site.article(file, "district: Pankow\n", "Ganz neu.\n");

        awaitPage("/pressemitteilungen/2022/ganz-neu/", "Ganz neu.");

        site.file(file, read(file).replace("Ganz neu.", "Geändert."));

        awaitPage("/pressemitteilungen/2022/ganz-neu/", "Geändert.");
    }

    @Test
    void ignoresEditorsTemporaryFiles() throws Exception {
        site.file("content/pressemitteilungen/.#entwurf.md", "lock");
        site.file("content/pressemitteilungen/entwurf.md~", "backup");
        site.file("content/pressemitteilungen/4913", "");
        site.file("content/pressemitteilungen/.entwurf.md.swp", "swap");

        assertThat(rebuilds.poll(1500, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void buildsABurstOfSavesOnce() throws Exception {
        String text = read(ARTICLE);
        for (int i = 1; i <= 5; i++) {
            site.file(ARTICLE, text + "\nFassung " + i + ".\n");
        }

        RebuildReport report = nextRebuild();
        assertThat(report.ok()).isTrue();
        assertThat(rebuilds.poll(1, TimeUnit.SECONDS)).isNull();
        assertThat(get(PAGE).body()).contains("Fassung 5.");
    }

    private void listenForReloads() throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(server.url().resolve("__kiezpress/events")).build();
        client.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
            try (Stream<String> lines = response.body()) {
                lines.filter(line -> line.startsWith("event:")).forEach(events::add);
            } catch (UncheckedIOException e) {
                // the server went away at the end of the test
            }
        });
        assertThat(nextEvent()).isEqualTo("event: hello");
    }

    /** Waits, rebuild by rebuild, until the page shows the text. */
    private void awaitPage(String path, String text) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!get(path).body().contains(text) && System.nanoTime() < end) {
            rebuilds.poll(200, TimeUnit.MILLISECONDS);
        }
        assertThat(get(path).body()).contains(text);
    }

    private String nextEvent() throws InterruptedException {
        return events.poll(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private RebuildReport nextRebuild() throws InterruptedException {
        RebuildReport report = rebuilds.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(report).as("a rebuild within " + WAIT_SECONDS + " s").isNotNull();
        return report;
    }

    private RawHttp.Response get(String path) {
        return RawHttp.get(server.port(), path);
    }

    private String read(String path) {
        try {
            return Files.readString(dir.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
