package de.kiezpress.bench;

import de.kiezpress.output.TreeDeletion;
import de.kiezpress.serve.PreviewServer;
import de.kiezpress.serve.RebuildReport;
import de.kiezpress.serve.ServeOptions;
import de.kiezpress.serve.Started;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * How long an editor waits in the preview: from saving one article of a large site to the
 * rebuilt page being served with the new text.
 *
 * <pre>
 * mvn -q -B package -DskipTests
 * java -cp target/kiezpress.jar:target/test-classes de.kiezpress.bench.PreviewBenchmark [ARTICLES] [EDITS]
 * </pre>
 * Writes a site of ARTICLES (default 2000) synthetic German articles into a temporary folder,
 * starts the preview server on a free port, then appends a sentence to one article EDITS times
 * (default 9) and polls the page over HTTP until it shows the sentence. Ten edits before them are
 * not measured: they let the JIT compiler warm up, as the first minute of an editing session does.
 * Prints each edit's time, the median, and how many pages each rebuild made again.
 * The watcher's wait for a burst of saves to end (30 ms) is part of every time. Not a test
 * (surefire only runs {@code *Test} classes), so {@code mvn test} leaves it alone.
 */
public final class PreviewBenchmark {
    private static final int WARM_UP = 10;
    private static final long POLL_TIMEOUT_MS = 60_000;

    private PreviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        PrintStream out = System.out;
        Path root = Files.createTempDirectory("kiezpress-bench-");
        try {
            List<SyntheticNewsSite.Written> site = SyntheticNewsSite.write(root, articles);
            BlockingQueue<RebuildReport> rebuilds = new LinkedBlockingQueue<>();
            long startedAt = System.nanoTime();
            Started started = PreviewServer.start(ServeOptions.of(root).withPort(0), rebuilds::add);
            if (!(started instanceof Started.Running running)) {
                throw new IllegalStateException("the preview did not start: " + started);
            }
            try (PreviewServer server = running.server()) {
                out.printf("site: %d articles, %d pages; first build %d ms (start-up included)%n", articles,
                        running.firstBuild().pagesInSite(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt));
                // an article in the middle: in a few listings' first pages, some related lists, a year's archive
                SyntheticNewsSite.Written edited = site.get(site.size() / 2);
                URI page = server.url().resolve(edited.pagePath().substring(1));
                HttpClient client = HttpClient.newHttpClient();
                List<Long> times = new ArrayList<>();
                for (int edit = 1; edit <= WARM_UP + edits; edit++) {
                    String sentence = "Messpunkt " + edit + ": Die Nachbarschaft hat abgestimmt.";
                    long saved = append(edited.file(), "\n" + sentence + "\n");
                    long served = awaitText(client, page, sentence);
                    RebuildReport report = lastRebuild(rebuilds);
                    long millis = TimeUnit.NANOSECONDS.toMillis(served - saved);
                    boolean measured = edit > WARM_UP;
                    out.printf("%s %2d: %4d ms from save to page; rebuilt %d of %d pages in %d ms%n",
                            measured ? "edit   " : "warm-up", edit, millis, report.result().pages(), report.pagesInSite(),
                            report.result().time().toMillis());
                    if (measured) {
                        times.add(millis);
                    }
                    if (edit == WARM_UP + edits) {
                        report.result().steps().forEach(step -> out.printf("    %-26s %5d ms%n", step.name(),
                                step.time().toMillis()));
                    }
                    Thread.sleep(300);
                }
                List<Long> sorted = times.stream().sorted().toList();
                out.printf("median of %d edits: %d ms (min %d, max %d)%n", sorted.size(), median(sorted), sorted.get(0),
                        sorted.get(sorted.size() - 1));
            }
        } finally {
            TreeDeletion.delete(root);
        }
    }

    /** Appends {@code text} to the file and returns the time the save was complete. */
    private static long append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            return System.nanoTime();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polls the page until it shows {@code text}; returns the time it first did. */
    private static long awaitText(HttpClient client, URI page, String text) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(POLL_TIMEOUT_MS);
        HttpRequest request = HttpRequest.newBuilder(page).build();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.body().contains(text)) {
                return System.nanoTime();
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("the page never showed the edit: " + page);
    }

    /** The rebuild that brought the edit: the last one reported by now. */
    private static RebuildReport lastRebuild(BlockingQueue<RebuildReport> rebuilds) throws InterruptedException {
        RebuildReport report = rebuilds.poll(POLL_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        RebuildReport later;
        while ((later = rebuilds.poll()) != null) {
            report = later;
        }
        return report;
    }

    private static long median(List<Long> sorted) {
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
