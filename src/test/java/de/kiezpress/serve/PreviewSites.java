package de.kiezpress.serve;

import de.kiezpress.testing.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;

/** Sites for the preview's tests, written into a temporary folder: small, but with everything a rebuild must get right. */
final class PreviewSites {
    /** "Today" for every preview test: articles after it are future articles. */
    static final ZonedDateTime NOW = ZonedDateTime.of(2024, 6, 1, 12, 0, 0, 0, ZoneId.of("Europe/Berlin"));
    static final List<String> DISTRICTS = List.of("Mitte", "Pankow", "Neukölln", "Spandau");
    static final List<String> TOPICS = List.of("Wohnen", "Grünflächen", "Jugend", "Beteiligung");

    private PreviewSites() {
    }

    /**
     * {@code count} press releases and meeting reports spread over districts, topics and two years,
     * linking to each other, with a page bundle, an alias, a draft, a future article and a page.
     * Listings have pages of three, so they have several pages.
     */
    static TestSite news(Path root, int count) {
        TestSite site = TestSite.in(root).config("title: Vorschau-Test\nbaseUrl: https://example.org/\npageSize: 3\n");
        for (int i = 1; i <= count; i++) {
            String type = i % 4 == 0 ? "sitzungsberichte" : "pressemitteilungen";
            String date = String.format("%d-%02d-%02d", 2022 + i % 2, 1 + i % 12, 1 + i % 27);
            String district = DISTRICTS.get(i % DISTRICTS.size());
            String topics = "[" + TOPICS.get(i % TOPICS.size()) + ", " + TOPICS.get((i / 2) % TOPICS.size()) + "]";
            String link = i > 1 ? "Siehe auch [die Meldung davor](../" + folderOf(i - 1) + "/" + fileOf(i - 1) + ").\n" : "";
            site.article("content/" + type + "/" + fileOf(i) + ".md",
                    "title: Meldung " + i + " aus " + district + "\ndate: " + date + "\ndistrict: " + district
                            + "\ntopics: " + topics + "\n",
                    "Erster Absatz der Meldung " + i + " über " + district + ".\n\n## Einzelheiten\n\n" + link);
        }
        site.article("content/sitzungsberichte/2023-03-03-kiezrunde/index.md",
                "title: Kiezrunde mit Bild\ndate: 2023-03-03\ndistrict: Mitte\ntopics: [Beteiligung]\n"
                        + "image:\n  src: runde.jpg\n  alt: Die Kiezrunde im Nachbarschaftshaus\n"
                        + "aliases: [/alt/kiezrunde/]\n",
                "Bericht von der Kiezrunde.\n");
        site.bytes("content/sitzungsberichte/2023-03-03-kiezrunde/runde.jpg", new byte[] {1, 2, 3});
        site.article("content/pressemitteilungen/2023-05-05-entwurf.md", "draft: true\ndistrict: Pankow\n", "Noch nicht fertig.\n");
        site.article("content/pressemitteilungen/2030-01-01-zukunft.md", "date: 2030-01-01\n", "Sperrfrist.\n");
        site.file("content/seiten/impressum.md", "---\ntitle: Impressum\n---\nAngaben nach § 5 DDG.\n");
        return site;
    }

    static String fileOf(int i) {
        return String.format("%d-%02d-%02d-meldung-%d", 2022 + i % 2, 1 + i % 12, 1 + i % 27, i);
    }

    static String folderOf(int i) {
        return i % 4 == 0 ? "sitzungsberichte" : "pressemitteilungen";
    }

    /** Copies the project's default theme into the site, so that tests can edit its templates and strings. */
    static void copyDefaultTheme(Path root) {
        Path from = Path.of("themes/default");
        Path to = root.resolve("themes/default");
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
