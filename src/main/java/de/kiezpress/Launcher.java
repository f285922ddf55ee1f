package de.kiezpress;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs kiezpress in a JVM tuned for what it does: a short burst of parallel work on few cores.
 * {@code java -jar kiezpress.jar} cannot carry JVM options, so the jar starts itself once more
 * with them: the client compiler only (the optimising compiler's threads would compete with the
 * build for the two cores and rarely pay off within a build), the serial collector (small heap,
 * no collector threads), and the class-data archive made at package time next to the jar (no
 * class parsing at start-up). Measured on a 1,000-article site, this more than halves the build.
 *
 * <p>Options the user gives the JVM are passed on and win; {@code KIEZPRESS_NO_RELAUNCH=1} or
 * {@code -Dkiezpress.tuned=1} runs in the current JVM as it is.
 */
final class Launcher {
    static final String TUNED = "kiezpress.tuned";
    static final String ARCHIVE = "kiezpress.jsa";

    private Launcher() {
    }

    /** The child's exit status, or empty when kiezpress should run in this JVM. */
    static Optional<Integer> relaunch(String[] args) {
        if (System.getProperty(TUNED) != null || System.getenv("KIEZPRESS_NO_RELAUNCH") != null) {
            return Optional.empty();
        }
        Optional<Path> jar = ownJar();
        Optional<String> java = ProcessHandle.current().info().command();
        if (jar.isEmpty() || java.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = command(java.get(), jar.get(), ManagementFactory.getRuntimeMXBean().getInputArguments(), args);
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            // Ctrl-C reaches both processes, but a plain kill (an IDE's stop button, a service
            // manager) only this one: pass it on, then wait for the child's own clean shutdown
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child)));
            return Optional.of(child.waitFor());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }

    /** The child's command line: the tuning, then the user's JVM options (which win), then kiezpress. */
    static List<String> command(String java, Path jar, List<String> jvmOptions, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        if (jvmOptions.stream().noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel") || o.startsWith("-XX:-TieredCompilation"))) {
            command.add("-XX:TieredStopAtLevel=1");
        }
        if (jvmOptions.stream().noneMatch(o -> o.matches("-XX:\\+Use\\w+GC"))) {
            command.add("-XX:+UseSerialGC");
        }
        Path archive = jar.resolveSibling(ARCHIVE);
        if (Files.isRegularFile(archive) && jvmOptions.stream().noneMatch(o -> o.startsWith("-Xshare") || o.contains("SharedArchiveFile"))) {
            command.add("-XX:SharedArchiveFile=" + archive);
            command.add("-Xlog:cds=off");
            command.add("-Xlog:cds+dynamic=off");
        }
        command.addAll(jvmOptions);
        command.add("-D" + TUNED + "=1");
        command.add("-cp");
        command.add(jar.toString());
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    private static Optional<Path> ownJar() {
        try {
            var source = Launcher.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) && location.toString().endsWith(".jar") ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void stop(Process child) {
        child.destroy();
        try {
            child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
