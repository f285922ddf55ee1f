package de.kiezpress.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers the preview's requests: the reload script and event stream, and the files of the site,
 * as a static host would serve them ({@code /x/} and a redirect from {@code /x} for folders, the
 * theme's 404 page) but only files that really lie inside the preview's folder. GET and HEAD only;
 * nothing may be cached, or a reload would show the old page.
 */
final class SiteHandler implements HttpHandler {
    private final Supplier<PreviewState> state;
    private final Path root;
    private final LiveReload liveReload;

    SiteHandler(Supplier<PreviewState> state, Path root, LiveReload liveReload) {
        this.state = state;
        this.root = root.toAbsolutePath().normalize();
        this.liveReload = liveReload;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        boolean keepOpen = false;
        try {
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            keepOpen = respond(exchange);
        } finally {
            if (!keepOpen) {
                exchange.close();
            }
        }
    }

    /** Answers one request; true when the answer is an event stream that stays open. */
    private boolean respond(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            plain(exchange, 405, "405 Method Not Allowed");
            return false;
        }
        var uri = exchange.getRequestURI();
        Optional<RequestPath> parsed = uri.getRawAuthority() != null || uri.getScheme() != null ? Optional.empty()
                : RequestPath.parse(uri.getRawPath());
        if (parsed.isEmpty()) {
            plain(exchange, 400, "400 Bad Request: this path is not served");
            return false;
        }
        PreviewState now = state.get();
        String base = now.basePath();
        String path = parsed.get().path();
        if (path.equals(base + Preview.RELOAD_SCRIPT)) {
            send(exchange, 200, "text/javascript; charset=utf-8", LiveReload.SCRIPT.getBytes(StandardCharsets.UTF_8));
            return false;
        }
        if (path.equals(base + Preview.EVENTS) && method.equals("GET")) {
            liveReload.open(exchange);
            return true;
        }
        if (!path.startsWith(base)) {
            if (path.equals("/") || (path + "/").equals(base)) {
                redirect(exchange, base);
            } else {
                notFound(exchange, now);
            }
            return false;
        }
        serveFile(exchange, now, parsed.get(), base);
        return false;
    }

    private void serveFile(HttpExchange exchange, PreviewState now, RequestPath request, String base) throws IOException {
        String relative = request.path().substring(base.length());
        Path target = root.resolve(relative.isEmpty() ? "." : relative).normalize();
        if (!target.startsWith(root)) {
            plain(exchange, 400, "400 Bad Request: this path is not served");
            return;
        }
        if (Files.isDirectory(target)) {
            if (!request.trailingSlash() && !relative.isEmpty()) {
                String query = exchange.getRequestURI().getRawQuery();
                redirect(exchange, exchange.getRequestURI().getRawPath() + "/" + (query == null ? "" : "?" + query));
                return;
            }
            target = target.resolve("index.html");
        }
        Optional<Path> file = inside(target);
        if (file.isEmpty()) {
            notFound(exchange, now);
            return;
        }
        String name = file.get().getFileName().toString();
        if (now.broken() && ContentTypes.isHtml(name)) {
            errorPage(exchange, now);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", ContentTypes.of(name));
        // size and bytes from one open file: a rebuild may put a new file at the path in between
        try (FileChannel channel = FileChannel.open(file.get(), StandardOpenOption.READ)) {
            long size = channel.size();
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.getResponseHeaders().set("Content-Length", String.valueOf(size));
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, size == 0 ? -1 : size);
            try (InputStream in = Channels.newInputStream(channel); OutputStream out = exchange.getResponseBody()) {
                in.transferTo(out);
            }
        }
    }

    /** The file, if it is a regular file whose real path (links followed) is inside the folder. */
    private Optional<Path> inside(Path target) {
        if (!Files.isRegularFile(target)) {
            return Optional.empty();
        }
        try {
            Path real = target.toRealPath();
            Path realRoot = root.toRealPath();
            return real.startsWith(realRoot) && Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)
                    ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void notFound(HttpExchange exchange, PreviewState now) throws IOException {
        if (now.broken()) {
            errorPage(exchange, now);
            return;
        }
        Optional<Path> page = inside(root.resolve("404.html"));
        if (page.isPresent()) {
            send(exchange, 404, "text/html; charset=utf-8", Files.readAllBytes(page.get()));
        } else {
            plain(exchange, 404, "404 Not Found");
        }
    }

    private void errorPage(HttpExchange exchange, PreviewState now) throws IOException {
        send(exchange, 500, "text/html; charset=utf-8", now.errorPage().orElse("").getBytes(StandardCharsets.UTF_8));
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        plain(exchange, 301, "301 Moved Permanently: " + location);
    }

    private static void plain(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
