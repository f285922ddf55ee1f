package de.kiezpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kiezpress check}: the build's findings and exit status, and not one file written. */
class CheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void reportsWhatABuildWouldAndWritesNothing() {
        TestSite site = TestSite.in(dir).article("content/pressemitteilungen/2022-06-14-a.md", "",
                "Text.\n\n[hier](/bezirke/) und [Link ins Leere](/gibt-es-nicht/)\n");
        List<String> before = TestSite.listing(dir);

        TestSite.Run check = site.run("check");

        assertThat(check.exit()).as(check.toString()).isZero();
        assertThat(check.diagnostics()).contains(
                "content/pressemitteilungen/2022-06-14-a.md:7:1: warning: link text \"hier\" says nothing out of context "
                        + "(say where the link leads, e.g. \"Protokoll der Sitzung\")",
                "content/pressemitteilungen/2022-06-14-a.md:7:23: warning: link points nowhere: /gibt-es-nicht/ (check the address)");
        assertThat(check.out()).matches("(?s)kiezpress: \\d+ pages, 1 articles, \\d+ warnings?, 0 errors in \\d+ ms; nothing written\\n");
        assertThat(TestSite.listing(dir)).isEqualTo(before);
        assertThat(site.output()).doesNotExist();

        TestSite.Run build = site.build();
        assertThat(build.diagnostics()).isEqualTo(check.diagnostics());
    }

    @Test
    void exitsLikeBuild() {
        TestSite site = TestSite.in(dir).article("content/pressemitteilungen/2022-06-14-a.md", "", "[hier](/bezirke/)\n");
        assertThat(site.run("check").exit()).isZero();
        assertThat(site.run("check", "--strict").exit()).isEqualTo(1);

        site.article("content/pressemitteilungen/2022-06-15-b.md", "date: gestern\n", "Text.\n");
        TestSite.Run broken = site.run("check");
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.err()).contains("content/pressemitteilungen/2022-06-15-b.md:3:7: error: date: \"gestern\" is not a date");

        site.config("title: T\nbaseUrl: kein-url\n");
        assertThat(site.run("check").exit()).isEqualTo(2);
        assertThat(TestSite.listing(dir)).containsExactly("content", "kiezpress.yaml");
    }
}
