package de.kiezpress.serve;

import com.sun.net.httpserver.HttpServer;
import de.kiezpress.build.BuildOptions;
import de.kiezpress.build.BuildResult;
import de.kiezpress.output.TreeDeletion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The editors' preview: builds the site into a temporary folder (never over site/), serves it
 * with the server's origin in place of the site's, watches the site and rebuilds what a change
 * touches, and tells open tabs to reload. {@link #close()} stops all of it and deletes the folder.
 */
public final class PreviewServer implements AutoCloseable {
    private static final int HTTP_THREADS = 8;
    private static final Duration LONGEST_BURST = Duration.ofSeconds(2);

    private final HttpServer http;
    private final ExecutorService httpThreads;
    private final Path temporary;
    private final Preview preview;
    private final SiteWatcher watcher;
    private final LiveReload liveReload;
    private final Consumer<RebuildReport> listener;
    private final Thread watching;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private PreviewServer(HttpServer http, ExecutorService httpThreads, Path temporary, Preview preview,
                          SiteWatcher watcher, LiveReload liveReload, Consumer<RebuildReport> listener) {
        this.http = http;
        this.httpThreads = httpThreads;
        this.temporary = temporary;
        this.preview = preview;
        this.watcher = watcher;
        this.liveReload = liveReload;
        this.listener = listener;
        this.watching = new Thread(this::watch, "kiezpress-watcher");
        this.watching.setDaemon(true);
    }

    /**
     * Binds the port, builds the site and starts serving and watching.
     *
     * @param listener told of every rebuild after the first, on the watcher's thread
     */
    public static Started start(ServeOptions options, Consumer<RebuildReport> listener) {
        InetSocketAddress address;
        try {
            address = new InetSocketAddress(InetAddress.getByName(options.bind()), options.port());
        } catch (UnknownHostException e) {
            return new Started.Refused("--bind: \"" + options.bind() + "\" is not an address of this computer", List.of());
        }
        // small answers go out at once: without it, the JDK's server waits for the client's delayed ACK
        // between a response's headers and its body, some 40 ms a request
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer http;
        try {
            http = HttpServer.create(address, 64);
        } catch (BindException e) {
            return new Started.Refused("port " + options.port() + " on " + options.bind()
                    + " is already in use (or not allowed); choose another with --port, e.g. --port "
                    + (options.port() == ServeOptions.DEFAULT_PORT ? 1314 : ServeOptions.DEFAULT_PORT), List.of());
        } catch (IOException e) {
            return new Started.Refused("cannot listen on " + options.bind() + ":" + options.port() + ": " + e.getMessage(),
                    List.of());
        }
        Path temporary = createTemporaryFolder();
        SiteWatcher watcher = null;
        try {
            int port = http.getAddress().getPort();
            String host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : hostOf(address.getAddress());
            BuildOptions build = BuildOptions.of(options.source().toAbsolutePath().normalize())
                    .withDrafts(options.drafts(), options.future()).withNow(options.now());
            Preview preview = new Preview(build, "http://" + host + ":" + port, new LiveFolder(temporary.resolve("site")),
                    new PreviewStrings.Fallback(temporary));
            watcher = new SiteWatcher(build.source(), options.quiet(), LONGEST_BURST);
            RebuildReport first = preview.rebuild(ChangeSet.EVERYTHING);
            if (first.result().status() == BuildResult.Status.UNUSABLE) {
                watcher.close();
                http.stop(0);
                deleteTree(temporary);
                return new Started.Refused("kiezpress.yaml cannot be used", first.result().diagnostics());
            }
            ExecutorService threads = Executors.newFixedThreadPool(HTTP_THREADS, daemonThreads("kiezpress-http-"));
            LiveReload liveReload = new LiveReload();
            http.setExecutor(threads);
            http.createContext("/", new SiteHandler(preview::state, preview.root(), liveReload));
            PreviewServer server = new PreviewServer(http, threads, temporary, preview, watcher, liveReload, listener);
            http.start();
            server.watching.start();
            return new Started.Running(server, first);
        } catch (RuntimeException e) {
            if (watcher != null) {
                watcher.close();
            }
            http.stop(0);
            deleteTree(temporary);
            throw e;
        }
    }

    /** The port the server listens on (the free one it got, when asked for port 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The address of the site's home page, under the site's base path. */
    public URI url() {
        String origin = preview.options().baseUrl().orElseThrow();
        return URI.create(origin);
    }

    /** The folder the site is built into and served from. */
    public Path folder() {
        return preview.root();
    }

    /** The options the preview builds with, so a test can make the same site with a one-shot build. */
    public BuildOptions buildOptions() {
        return preview.options();
    }

    /** How many tabs listen for reloads. */
    public int listeners() {
        return liveReload.listeners();
    }

    /** Blocks until {@link #close()} was called. */
    public void awaitClose() throws InterruptedException {
        stopped.await();
    }

    /** Stops watching and serving, releases the port and deletes the temporary folder. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        watcher.close();
        liveReload.close();
        http.stop(0);
        httpThreads.shutdownNow();
        try {
            // a rebuild in progress finishes before its folder goes away
            watching.join(TimeUnit.SECONDS.toMillis(30));
            httpThreads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteTree(temporary);
        stopped.countDown();
    }

    private void watch() {
        while (!closed.get()) {
            Optional<ChangeSet> changes = watcher.next();
            if (changes.isEmpty()) {
                return;
            }
            if (changes.get().isEmpty() || closed.get()) {
                continue;
            }
            RebuildReport report;
            try {
                report = preview.rebuild(changes.get());
            } catch (RuntimeException e) {
                // an I/O failure or a bug must not end the session: shown like a broken file, retried on the next save
                report = preview.failed(e);
            }
            if (report.reloadTabs()) {
                liveReload.reload();
            }
            listener.accept(report);
        }
    }

    private static String hostOf(InetAddress address) {
        String host = address.getHostAddress();
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static Path createTemporaryFolder() {
        try {
            return Files.createTempDirectory("kiezpress-serve-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the preview", e);
        }
    }

    private static void deleteTree(Path dir) {
        try {
            TreeDeletion.delete(dir);
        } catch (IOException e) {
            // a leftover temporary folder is cleaned up by the system
        }
    }
}
