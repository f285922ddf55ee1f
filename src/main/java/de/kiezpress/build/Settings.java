package de.kiezpress.build;

import de.kiezpress.config.BaseUrl;
import de.kiezpress.config.ConfigLoader;
import de.kiezpress.config.SiteConfig;
import de.kiezpress.content.load.ContentLoader;
import de.kiezpress.diag.Diagnostics;
import de.kiezpress.diag.Position;
import de.kiezpress.output.Output;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The first stage of every build: kiezpress.yaml with the command line's overrides, and the destination checked. */
public final class Settings {
    private Settings() {
    }

    /** kiezpress.yaml of {@code source}, with {@code --base-url} applied; empty when it cannot be used. */
    public static Optional<SiteConfig> read(Path source, BuildOptions options, Diagnostics diagnostics) {
        return ConfigLoader.load(source, diagnostics).flatMap(config -> withBaseUrl(config, options, diagnostics));
    }

    private static Optional<SiteConfig> withBaseUrl(SiteConfig config, BuildOptions options, Diagnostics diagnostics) {
        if (options.baseUrl().isEmpty()) {
            return Optional.of(config);
        }
        Optional<BaseUrl> url = BaseUrl.parse(options.baseUrl().get());
        if (url.isEmpty()) {
            diagnostics.error("", Position.UNKNOWN, "--base-url: \"" + options.baseUrl().get()
                    + "\" is not an absolute http(s) URL", "e.g. https://example.org/sozialraum/");
        }
        return url.map(config::withBaseUrl);
    }

    /** The destination must not hold the site's own files, nor be a folder of the user's. */
    static boolean checkDestination(Path source, BuildOptions options, Diagnostics diagnostics) {
        if (!options.write()) {
            return true;
        }
        Path destination = options.destination().toAbsolutePath().normalize();
        for (Path guarded : List.of(source, source.resolve(ContentLoader.CONTENT_DIR), source.resolve("themes"))) {
            if (guarded.startsWith(destination) || destination.startsWith(guarded) && !guarded.equals(source)) {
                diagnostics.error("", Position.UNKNOWN, "the destination " + destination
                        + " would replace the site's own files (" + source.relativize(guarded) + ")",
                        "write the site to its own folder, e.g. -d site");
                return false;
            }
        }
        Optional<String> refusal = Output.refusalFor(destination);
        refusal.ifPresent(reason -> diagnostics.error("", Position.UNKNOWN, reason));
        return refusal.isEmpty();
    }
}
