package de.kiezpress.testing;

import de.kiezpress.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A small site written by a test into a temporary folder, built through the real command line
 * (the built-in default theme is used, as for any site without a themes/ folder).
 */
public final class TestSite {
    public static final String DEFAULT_CONFIG = """
            title: Testseite
            baseUrl: https://example.org/
            """;

    private final Path root;

    private TestSite(Path root) {
        this.root = root;
    }

    /** A site with a minimal kiezpress.yaml in {@code dir}. */
    public static TestSite in(Path dir) {
        return new TestSite(dir).config(DEFAULT_CONFIG);
    }

    public Path root() {
        return root;
    }

    public Path output() {
        return root.resolve("site");
    }

    public TestSite config(String yaml) {
        return file("kiezpress.yaml", yaml);
    }

    public TestSite file(String relativePath, String text) {
        return bytes(relativePath, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite bytes(String relativePath, byte[] content) {
        Path file = root.resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public TestSite delete(String relativePath) {
        try {
            Files.deleteIfExists(root.resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A press release with the given front matter lines (title and date added unless given) and body. */
    public TestSite article(String path, String frontMatter, String body) {
        StringBuilder text = new StringBuilder("---\n");
        if (!frontMatter.matches("(?s)(.*\n)?title:.*")) {
            text.append("title: Titel von ").append(path).append('\n');
        }
        if (!frontMatter.matches("(?s)(.*\n)?date:.*")) {
            text.append("date: 2022-06-14\n");
        }
        text.append(frontMatter);
        if (!frontMatter.isEmpty() && !frontMatter.endsWith("\n")) {
            text.append('\n');
        }
        text.append("---\n").append(body);
        return file(path, text.toString());
    }

    /** Runs {@code kiezpress <command> -s <root> args…}. */
    public Run run(String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command, "-s", root.toString()));
        all.addAll(List.of(args));
        return Run.of(all.toArray(String[]::new));
    }

    public Run build(String... args) {
        return run("build", args);
    }

    public String read(String outputPath) {
        try {
            return Files.readString(output().resolve(outputPath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String outputPath) {
        return Files.exists(output().resolve(outputPath));
    }

    /** Every file under {@code dir} with its SHA-256, for "nothing changed" assertions. */
    public static Map<String, String> snapshot(Path dir) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                files.put(dir.relativize(file).toString().replace('\\', '/'),
                        HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    /** The names directly inside {@code dir}. */
    public static List<String> listing(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What one command line run printed and returned. */
    public record Run(int exit, String out, String err) {
        public static Run of(String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit;
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                 PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                exit = Cli.run(args, o, e);
            }
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }

        /** The diagnostic lines of stderr ({@code file:line:col: severity: …}). */
        public List<String> diagnostics() {
            return err.lines().filter(l -> l.matches("^[^ ]+: (error|warning): .*") || l.matches("^[^ ]+:\\d+:\\d+: (error|warning): .*"))
                    .toList();
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- out ---\n" + out + "--- err ---\n" + err;
        }
    }
}
