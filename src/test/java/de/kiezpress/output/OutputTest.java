package de.kiezpress.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputTest {
    @TempDir
    Path dir;

    @Test
    void swapsTheStagingFolderInOnCommit() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve(Output.MARKER), "old");
        Files.writeString(site.resolve("alt.html"), "alt");

        try (Output output = Output.open(site)) {
            output.write("neu/index.html", "neu".getBytes());
            assertThat(site.resolve("neu/index.html")).doesNotExist();
            output.commit();
        }

        assertThat(site.resolve("neu/index.html")).hasContent("neu");
        assertThat(site.resolve("alt.html")).doesNotExist();
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly("site");
    }

    @Test
    void leavesTheDestinationUntouchedWhenAborted() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "bleibt");

        try (Output output = Output.open(site)) {
            output.write("index.html", "neu".getBytes());
        }

        assertThat(site.resolve("index.html")).hasContent("bleibt");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly("site");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x.html", "a/../../x.html", "/etc/passwd", "a//b", "", "a\\..\\b", "./a", "C:/x"})
    void refusesPathsThatWouldLeaveTheOutput(String path) {
        assertThat(Output.isSafe(path)).isFalse();
        try (Output output = Output.open(dir.resolve("site"))) {
            assertThatThrownBy(() -> output.write(path, new byte[0])).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void acceptsOrdinaryPaths() {
        assertThat(Output.isSafe("pressemitteilungen/2022/kita/index.html")).isTrue();
        assertThat(Output.isSafe("feed.xml")).isTrue();
    }

    @Test
    void refusesToReplaceAFolderItDidNotMake() throws IOException {
        Path mine = dir.resolve("meine-dateien");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("wichtig.txt"), "x");

        assertThat(Output.refusalFor(mine)).hasValueSatisfying(reason -> assertThat(reason).contains("did not make"));
        assertThat(Output.refusalFor(dir.resolve("neu"))).isEmpty();
        Files.writeString(mine.resolve(Output.MARKER), "");
        assertThat(Output.refusalFor(mine)).isEmpty();
    }
}
