package de.kiezpress.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeDeletionTest {
    @TempDir
    Path dir;

    @Test
    void deletesAFolderWithManyNestedFoldersAndFiles() throws IOException {
        Path site = dir.resolve("site");
        for (int year = 2018; year < 2024; year++) {
            for (int article = 0; article < 40; article++) {
                Path page = site.resolve("pressemitteilungen/" + year + "/artikel-" + article + "/index.html");
                Files.createDirectories(page.getParent());
                Files.writeString(page, "<h1>" + article + "</h1>");
            }
        }
        Files.createDirectories(site.resolve("leer/auch-leer"));
        Files.writeString(site.resolve("index.html"), "start");

        TreeDeletion.delete(site);

        assertThat(site).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void removesSymbolicLinksWithoutFollowingThem() throws IOException {
        Path outside = dir.resolve("draussen");
        Files.createDirectories(outside.resolve("ordner"));
        Files.writeString(outside.resolve("ordner/wichtig.txt"), "bleibt");
        Path site = dir.resolve("site");
        Files.createDirectories(site);
        Files.createSymbolicLink(site.resolve("ordner-link"), outside.resolve("ordner"));
        Files.createSymbolicLink(site.resolve("datei-link"), outside.resolve("ordner/wichtig.txt"));

        TreeDeletion.delete(site);

        assertThat(site).doesNotExist();
        assertThat(outside.resolve("ordner/wichtig.txt")).hasContent("bleibt");
    }

    @Test
    void doesNothingForAFolderThatIsNotThere() throws IOException {
        TreeDeletion.delete(dir.resolve("gibt-es-nicht"));

        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void deletesASymbolicLinkGivenAsTheFolderButNotWhatItPointsTo() throws IOException {
        Path target = dir.resolve("ziel");
        Files.createDirectories(target);
        Files.writeString(target.resolve("datei.txt"), "bleibt");
        Path link = dir.resolve("site");
        Files.createSymbolicLink(link, target);

        TreeDeletion.delete(link);

        assertThat(link).doesNotExist();
        assertThat(target.resolve("datei.txt")).hasContent("bleibt");
    }
}
