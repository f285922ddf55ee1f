package de.kiezpress.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.build.Build;
import de.kiezpress.build.BuildOptions;
import de.kiezpress.build.BuildResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The example site of this repository, built with the default theme into a folder of the test's. */
final class ExampleSite {

    /** One generated HTML page: its URL path ("/bezirke/"), file and kind (the body's {@code page-…} class). */
    record Page(String path, Path file, String kind, Document document) {
        @Override
        public String toString() {
            return path + " (" + kind + ")";
        }
    }

    private ExampleSite() {
    }

    /** The repository root: the folder with kiezpress.yaml, content/ and themes/default/. */
    static Path projectRoot() {
        Path dir = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("kiezpress.yaml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the example site (kiezpress.yaml) above the working directory");
        }
        return dir;
    }

    /** Builds the example site into {@code destination}, as {@code kiezpress build} would. */
    static Path build(Path destination) {
        return build(destination, false);
    }

    /** Builds the example site, with drafts and future articles when asked (as {@code build --drafts --future}). */
    static Path build(Path destination, boolean drafts) {
        BuildResult result = Build.run(BuildOptions.of(projectRoot()).withDestination(destination).withDrafts(drafts, drafts));
        assertThat(result.status()).as("build of the example site: %s", result.diagnostics()).isEqualTo(BuildResult.Status.OK);
        assertThat(result.errorCount()).isZero();
        return destination;
    }

    /** Every HTML page of a built site, by path; redirect pages for old URLs are left out. */
    static List<Page> pages(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".html"))
                    .sorted(Comparator.comparing(f -> site.relativize(f).toString()))
                    .map(f -> page(site, f))
                    .filter(p -> p.document().selectFirst("meta[http-equiv=refresh]") == null)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One page of each kind, and for each part of a page the theme styles the first page that
     * has it: enough to see every template and partial at work without opening all pages.
     */
    static List<Page> representative(List<Page> pages) {
        Map<String, Predicate<Page>> features = new LinkedHashMap<>();
        features.put("second page of a listing", p -> p.document().selectFirst(".pagination-previous") != null);
        features.put("district listing", p -> p.path().matches("/bezirke/[^/]+/"));
        features.put("topic listing", p -> p.path().matches("/themen/[^/]+/"));
        features.put("press releases", p -> p.path().equals("/pressemitteilungen/"));
        features.put("meeting reports", p -> p.path().equals("/sitzungsberichte/"));
        features.put("image with caption", p -> has(p, ".article-image figcaption"));
        features.put("meeting box", p -> has(p, ".meeting"));
        features.put("attachments", p -> has(p, ".attachments .file-meta"));
        features.put("source", p -> has(p, ".article-source"));
        features.put("press contact", p -> has(p, ".contact"));
        features.put("related articles", p -> has(p, ".related"));
        features.put("article in another language", p -> has(p, "h1[lang]"));
        features.put("table", p -> has(p, ".article-body table"));
        features.put("footnotes", p -> has(p, ".footnotes"));
        features.put("updated date", p -> p.document().select(".article-meta time").size() > 1);
        features.put("a page (not news)", p -> p.kind().equals("page"));
        Set<Page> chosen = new LinkedHashSet<>();
        Set<String> kinds = new HashSet<>();
        for (Page page : pages) {
            if (kinds.add(page.kind())) {
                chosen.add(page);
            }
        }
        features.forEach((name, feature) -> pages.stream().filter(feature).findFirst().ifPresent(chosen::add));
        pages.stream().filter(p -> p.kind().equals("page")).forEach(chosen::add);
        return pages.stream().filter(chosen::contains).toList();
    }

    private static boolean has(Page page, String selector) {
        return page.document().selectFirst(selector) != null;
    }

    /** Every HTML file of a built site, redirects included. */
    static List<Path> htmlFiles(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Page page(Path site, Path file) {
        String relative = site.relativize(file).toString().replace('\\', '/');
        String path = relative.equals("index.html") ? "/"
                : relative.endsWith("/index.html") ? "/" + relative.substring(0, relative.length() - "index.html".length())
                : "/" + relative;
        try {
            Document document = Jsoup.parse(file.toFile(), "UTF-8");
            String kind = document.body().classNames().stream().filter(c -> c.startsWith("page-"))
                    .map(c -> c.substring("page-".length())).findFirst().orElse("redirect");
            return new Page(path, file, kind, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
