package de.kiezpress.build;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What a build is asked to do.
 *
 * @param destination   where the site goes; {@code source/site} by default
 * @param baseUrl       replaces kiezpress.yaml's baseUrl (e.g. for a staging server)
 * @param write         false for {@code check}: everything is rendered and audited, nothing written
 * @param liveReloadUrl the preview server's reload script, injected into pages; null in a real build
 * @param now           "today" for drafts, future and expired articles
 */
public record BuildOptions(Path source, Path destination, boolean drafts, boolean future, Optional<String> baseUrl,
                           boolean strict, boolean write, String liveReloadUrl, ZonedDateTime now) {
    public BuildOptions {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(now, "now");
    }

    /** A plain build of {@code source} into {@code source/site}, now. */
    public static BuildOptions of(Path source) {
        return new BuildOptions(source, source.resolve("site"), false, false, Optional.empty(), false, true, null,
                ZonedDateTime.now());
    }

    public BuildOptions withDestination(Path newDestination) {
        return new BuildOptions(source, newDestination, drafts, future, baseUrl, strict, write, liveReloadUrl, now);
    }

    public BuildOptions withDrafts(boolean newDrafts, boolean newFuture) {
        return new BuildOptions(source, destination, newDrafts, newFuture, baseUrl, strict, write, liveReloadUrl, now);
    }

    public BuildOptions withStrict(boolean newStrict) {
        return new BuildOptions(source, destination, drafts, future, baseUrl, newStrict, write, liveReloadUrl, now);
    }

    public BuildOptions withWrite(boolean newWrite) {
        return new BuildOptions(source, destination, drafts, future, baseUrl, strict, newWrite, liveReloadUrl, now);
    }

    public BuildOptions withNow(ZonedDateTime newNow) {
        return new BuildOptions(source, destination, drafts, future, baseUrl, strict, write, liveReloadUrl, newNow);
    }

    public BuildOptions withBaseUrl(Optional<String> newBaseUrl) {
        return new BuildOptions(source, destination, drafts, future, newBaseUrl, strict, write, liveReloadUrl, now);
    }

    public BuildOptions withLiveReload(String url) {
        return new BuildOptions(source, destination, drafts, future, baseUrl, strict, write, url, now);
    }
}
