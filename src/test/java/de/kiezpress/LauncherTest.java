package de.kiezpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {
    @TempDir
    Path dir;

    @Test
    void startsTheBuildInATunedJvmWithTheArchiveBesideTheJar() throws IOException {
        Path jar = Files.createFile(dir.resolve("kiezpress.jar"));
        Files.createFile(dir.resolve(Launcher.ARCHIVE));

        List<String> command = Launcher.command("/usr/bin/java", jar, List.of("-Xmx2g"), new String[] {"build", "-s", "x y"});

        assertThat(command).containsExactly("/usr/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:SharedArchiveFile=" + dir.resolve(Launcher.ARCHIVE), "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-Xmx2g", "-Dkiezpress.tuned=1", "-cp", jar.toString(), "de.kiezpress.Main", "build", "-s", "x y");
    }

    @Test
    void leavesTheUsersOwnCompilerCollectorAndArchiveChoicesAlone() throws IOException {
        Path jar = Files.createFile(dir.resolve("kiezpress.jar"));
        Files.createFile(dir.resolve(Launcher.ARCHIVE));

        List<String> command = Launcher.command("java", jar, List.of("-XX:-TieredCompilation", "-XX:+UseG1GC", "-Xshare:off"),
                new String[] {"check"});

        assertThat(command).containsExactly("java", "-XX:-TieredCompilation", "-XX:+UseG1GC", "-Xshare:off",
                "-Dkiezpress.tuned=1", "-cp", jar.toString(), "de.kiezpress.Main", "check");
    }

    @Test
    void doesWithoutAnArchiveWhenNoneWasMade() throws IOException {
        Path jar = Files.createFile(dir.resolve("kiezpress.jar"));

        assertThat(Launcher.command("java", jar, List.of(), new String[0])).noneMatch(a -> a.contains("SharedArchiveFile"));
    }
}
