package de.kiezpress.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The benchmark corpus as a Hugo site: the same content files as {@link CorpusSite} writes, with
 * the configuration and templates in src/test/resources/bench/hugo (one page per article, a paged
 * home, paged sections, a page per district and topic and their indexes, one feed).
 */
final class HugoSite {
    private static final List<String> FILES = List.of("hugo.yaml", "layouts/index.html", "layouts/partials/item.html",
            "layouts/_default/baseof.html", "layouts/_default/single.html", "layouts/_default/list.html",
            "layouts/_default/terms.html");

    private HugoSite() {
    }

    /** Adds Hugo's configuration and templates to a site {@link CorpusSite} wrote. */
    static void addTo(Path root) {
        for (String file : FILES) {
            try (InputStream in = HugoSite.class.getResourceAsStream("/bench/hugo/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource bench/hugo/" + file);
                }
                Path target = root.resolve(file);
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
