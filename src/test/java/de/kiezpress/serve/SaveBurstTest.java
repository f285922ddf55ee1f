package de.kiezpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.testing.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the default quiet window, each of the ways editors save a file is one rebuild, made
 * from the whole save, never from half of it.
 */
class SaveBurstTest {
    private static final String ARTICLE = "content/pressemitteilungen/" + PreviewSites.fileOf(5) + ".md";
    private static final String PAGE = "/pressemitteilungen/2023/meldung-5/";

    @TempDir
    Path dir;

    private TestSite site;
    private Path file;
    private PreviewServer server;
    private final BlockingQueue<RebuildReport> rebuilds = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() {
        site = PreviewSites.news(dir, 8);
        file = dir.resolve(ARTICLE);
        Started started = PreviewServer.start(ServeOptions.of(dir).withPort(0).withNow(PreviewSites.NOW), rebuilds::add);
        assertThat(started).isInstanceOf(Started.Running.class);
        server = ((Started.Running) started).server();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anOverwriteInPlaceInTwoWritesIsOneRebuild() throws Exception {
        byte[] text = (read() + "\nÜberschrieben an Ort und Stelle.\n").getBytes(StandardCharsets.UTF_8);
        int half = text.length / 2;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(text, 0, half));
            channel.write(ByteBuffer.wrap(text, half, text.length - half));
        }

        assertOneRebuildShowing("Überschrieben an Ort und Stelle.");
    }

    @Test
    void theOldFileRenamedToABackupAndANewOneWrittenIsOneRebuild() throws Exception {
        // vim with backupcopy=no (and writebackup, its default)
        String text = read() + "\nNeu geschrieben wie von vim.\n";
        Path backup = file.resolveSibling(file.getFileName() + "~");
        Files.move(file, backup);
        Files.writeString(file, text);
        Files.delete(backup);

        assertOneRebuildShowing("Neu geschrieben wie von vim.");
    }

    @Test
    void aTemporaryFileRenamedOverTheOldOneIsOneRebuild() throws Exception {
        // "safe write" of JetBrains IDEs
        String text = read() + "\nSicher geschrieben.\n";
        Path temporary = file.resolveSibling(file.getFileName() + "___jb_tmp___");
        Path old = file.resolveSibling(file.getFileName() + "___jb_old___");
        Files.writeString(temporary, text);
        Files.move(file, old);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        Files.delete(old);

        assertOneRebuildShowing("Sicher geschrieben.");
    }

    @Test
    void fiveSavesInARowAreOneRebuild() throws Exception {
        String text = read();
        for (int i = 1; i <= 5; i++) {
            site.file(ARTICLE, text + "\nFassung " + i + ".\n");
        }

        assertOneRebuildShowing("Fassung 5.");
    }

    private void assertOneRebuildShowing(String text) throws InterruptedException {
        RebuildReport report = rebuilds.poll(30, TimeUnit.SECONDS);
        assertThat(report).as("a rebuild").isNotNull();
        assertThat(report.ok()).as(report.result().diagnostics().toString()).isTrue();
        assertThat(report.full()).isFalse();
        assertThat(rebuilds.poll(1, TimeUnit.SECONDS)).as("a second rebuild").isNull();
        assertThat(RawHttp.get(server.port(), PAGE).body()).contains(text);
    }

    private String read() {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
