package de.kiezpress.content.load;

import de.kiezpress.config.BaseUrl;
import de.kiezpress.config.SiteConfig;
import de.kiezpress.content.ContentFile;
import de.kiezpress.diag.Diagnostic;
import de.kiezpress.diag.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small site written into a temporary folder by the test itself, and loaded with ContentLoader. */
final class SiteFixture {
    static final SiteConfig CONFIG = SiteConfig.of("Kiez", BaseUrl.parse("https://example.org/").orElseThrow());

    final Path site;
    final Diagnostics diagnostics = new Diagnostics();

    SiteFixture(Path site) {
        this.site = site;
    }

    /** Writes {@code text} (UTF-8) to {@code path} below the site folder. */
    SiteFixture write(String path, String text) {
        return write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    SiteFixture write(String path, byte[] bytes) {
        try {
            Path file = site.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    List<ContentFile> loadAll() {
        return new ContentLoader(CONFIG, site).loadAll(diagnostics);
    }

    /** Loads the site, expecting exactly one file to load without any diagnostic. */
    ContentFile loadOnlyFile() {
        List<ContentFile> files = loadAll();
        if (!diagnostics.isEmpty()) {
            throw new AssertionError("unexpected diagnostics: " + messages());
        }
        if (files.size() != 1) {
            throw new AssertionError("expected one file, loaded " + files.size());
        }
        return files.get(0);
    }

    List<String> messages() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }
}
