package de.kiezpress.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tells open tabs to reload, over server-sent events. Each tab's script keeps one event stream
 * open; a rebuild sends {@code reload} to all of them. Every stream starts with a {@code hello}
 * naming this server, so a tab that reconnects to a restarted server reloads too. A comment line
 * every few seconds finds the streams of tabs that were closed.
 */
final class LiveReload implements AutoCloseable {
    /** The script the preview adds to every page; it is served, never written into a site. */
    static final String SCRIPT = """
            // kiezpress preview: reloads this tab when the site was rebuilt, or when the preview server restarted.
            (function () {
              "use strict";
              var events = document.currentScript.src.replace(/reload\\.js(\\?.*)?$/, "events");
              var server = null;
              function connect() {
                var source = new EventSource(events);
                source.addEventListener("hello", function (event) {
                  if (server !== null && server !== event.data) {
                    location.reload();
                  }
                  server = event.data;
                });
                source.addEventListener("reload", function () {
                  location.reload();
                });
                source.onerror = function () {
                  if (source.readyState === EventSource.CLOSED) {
                    setTimeout(connect, 1000);
                  }
                };
              }
              connect();
            })();
            """;
    private static final long HEARTBEAT_SECONDS = 15;

    private final String serverId = UUID.randomUUID().toString();
    private final Set<OutputStream> streams = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kiezpress-reload-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    LiveReload() {
        heartbeat.scheduleAtFixedRate(() -> send(": ping\n\n"), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /** Opens an event stream on {@code exchange}; it stays open after this returns, until the tab or the server goes. */
    void open(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream stream = exchange.getResponseBody();
        synchronized (stream) {
            stream.write(("retry: 1000\nevent: hello\ndata: " + serverId + "\n\n").getBytes(StandardCharsets.UTF_8));
            stream.flush();
        }
        streams.add(stream);
    }

    /** Asks every open tab to reload. */
    void reload() {
        send("event: reload\ndata: " + System.currentTimeMillis() + "\n\n");
    }

    /** How many tabs are listening. */
    int listeners() {
        return streams.size();
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        streams.forEach(LiveReload::closeQuietly);
        streams.clear();
    }

    private void send(String event) {
        byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
        for (OutputStream stream : streams) {
            try {
                synchronized (stream) {
                    stream.write(bytes);
                    stream.flush();
                }
            } catch (IOException e) {
                // the tab was closed or navigated away
                streams.remove(stream);
                closeQuietly(stream);
            }
        }
    }

    private static void closeQuietly(OutputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // the connection is gone already
        }
    }
}
