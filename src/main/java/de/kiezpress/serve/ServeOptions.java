package de.kiezpress.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * What {@code serve} is asked to do.
 *
 * @param bind  the address to listen on; {@code 127.0.0.1} unless the user says otherwise
 * @param port  the port; 0 for any free one (tests)
 * @param now   "today" for drafts, future and expired articles, fixed for the session so that
 *              rebuilds agree with each other
 * @param quiet how long the watcher waits for a burst of saves to end
 */
public record ServeOptions(Path source, String bind, int port, boolean drafts, boolean future, ZonedDateTime now,
                           Duration quiet) {
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 1313;
    /**
     * An editor's save is a few events within a millisecond or two (truncate and write, or a
     * backup renamed away and the file written anew; a following fsync can hold back a last
     * change of attributes, which changes nothing a build reads); 30 ms of quiet end it with
     * room to spare, and are all the wait an editor notices.
     */
    public static final Duration DEFAULT_QUIET = Duration.ofMillis(30);

    public ServeOptions {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(quiet, "quiet");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
    }

    /** The defaults for {@code source}: 127.0.0.1:1313, no drafts, no future articles. */
    public static ServeOptions of(Path source) {
        return new ServeOptions(source, DEFAULT_BIND, DEFAULT_PORT, false, false, ZonedDateTime.now(), DEFAULT_QUIET);
    }

    public ServeOptions withPort(int newPort) {
        return new ServeOptions(source, bind, newPort, drafts, future, now, quiet);
    }

    public ServeOptions withDrafts(boolean newDrafts, boolean newFuture) {
        return new ServeOptions(source, bind, port, newDrafts, newFuture, now, quiet);
    }

    public ServeOptions withNow(ZonedDateTime newNow) {
        return new ServeOptions(source, bind, port, drafts, future, newNow, quiet);
    }
}
