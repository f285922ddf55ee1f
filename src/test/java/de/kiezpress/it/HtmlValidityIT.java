package de.kiezpress.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every HTML page of the example site, redirects included, and the theme's stylesheet pass the
 * Nu Html Checker (vnu) in process with no errors. No browser needed.
 */
class HtmlValidityIT {
    @TempDir
    static Path work;

    private static Path site;

    @BeforeAll
    static void buildTheExampleSite() {
        site = ExampleSite.build(work.resolve("site"));
    }

    @Test
    void everyGeneratedPageHasNoErrors() {
        List<Path> files = ExampleSite.htmlFiles(site);
        NuChecker checker = new NuChecker();
        List<String> errors = new ArrayList<>();
        for (Path file : files) {
            for (String error : checker.check(file)) {
                errors.add("/" + site.relativize(file).toString().replace('\\', '/') + ": " + error);
            }
        }
        System.out.printf("Nu Html Checker: %d HTML files, %d errors%n", files.size(), errors.size());
        assertThat(files).hasSizeGreaterThan(50);
        assertThat(errors).as("vnu errors:%n%s", PageChecks.joined(errors)).isEmpty();
    }

    @Test
    void theThemesStylesheetHasNoErrors() {
        Path css = site.resolve("css/kiezpress.css");
        assertThat(new NuChecker().checkCss(css)).as("vnu's CSS checker on %s", css).isEmpty();
    }

    @Test
    void theCheckerReportsTheErrorsOfABrokenPageAndStylesheet() throws IOException {
        Path page = Files.writeString(work.resolve("kaputt.html"), """
                <!DOCTYPE html>
                <html lang="de"><head><meta charset="utf-8"><title>Kaputt</title></head>
                <body><main><p><div>Block im Absatz</div></p><a href="x"><a href="y">verschachtelt</a></a>
                <time datetime="gestern">gestern</time><img src="bild.jpg"></main></body></html>
                """);
        assertThat(new NuChecker().check(page)).hasSizeGreaterThanOrEqualTo(3)
                .anyMatch(e -> e.contains("datetime"))
                .anyMatch(e -> e.contains("alt"));

        Path css = Files.writeString(work.resolve("kaputt.css"), "a { colr: red; width: 10pz; }");
        assertThat(new NuChecker().checkCss(css)).hasSize(2);
    }
}
