package de.kiezpress.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.testing.TestSite;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as a user starts it: {@code java -jar} starts a second, tuned JVM, and
 * stopping the first must stop both, however it is stopped.
 */
class LauncherIT {
    private static final Path JAR = Path.of("target/kiezpress.jar").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void aPlainKillOfTheStartedProcessStopsThePreviewAndReleasesThePort() throws Exception {
        TestSite site = TestSite.in(dir).article("pressemitteilungen/2024-05-02-kiezfest.md",
                "title: Kiezfest\ndate: 2024-05-02\ndistrict: Mitte\n", "Ein Fest im Kiez.\n");
        int port = freePort();
        List<Path> previewFoldersBefore = previewFolders();
        Process java = new ProcessBuilder(List.of(javaCommand(), "-jar", JAR.toString(), "serve", "-s",
                site.root().toString(), "--port", String.valueOf(port))).redirectErrorStream(true).start();
        // read all the while on a thread of its own: destroy() closes the stream of the process it stops
        List<String> output = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(java.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(output::add);
            } catch (IOException | UncheckedIOException e) {
                // the stream closes when the process is stopped
            }
        });
        reader.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (output.stream().noneMatch(l -> l.contains("serving http://127.0.0.1:" + port + "/"))) {
                assertThat(java.isAlive() && System.nanoTime() < deadline).as("the preview should start: " + output).isTrue();
                Thread.sleep(50);
            }
            List<ProcessHandle> tuned = java.descendants().toList();
            assertThat(tuned).as("the tuned JVM").isNotEmpty();

            java.destroy();

            assertThat(java.waitFor(30, TimeUnit.SECONDS)).as("the started process ends").isTrue();
            for (ProcessHandle child : tuned) {
                assertThat(child.onExit().get(30, TimeUnit.SECONDS).isAlive()).as("the tuned JVM ends").isFalse();
            }
        } finally {
            java.descendants().forEach(ProcessHandle::destroyForcibly);
            java.destroyForcibly();
        }
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
        assertThat(Files.exists(site.root().resolve("site"))).as("serve never writes site/").isFalse();
        assertThat(previewFolders()).as("the preview's temporary folder is deleted").isEqualTo(previewFoldersBefore);
    }

    private static List<Path> previewFolders() throws IOException {
        try (var entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(p -> p.getFileName().toString().startsWith("kiezpress-serve-")).sorted().toList();
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
