package de.kiezpress.bench;

import de.kiezpress.output.TreeDeletion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Times cold full builds of the synthetic corpus, kiezpress and (when installed) Hugo side by
 * side, each as a whole process under GNU time: wall time, CPU time (user + system) and peak
 * memory (maximum resident set size), median of several runs, articles per second.
 *
 * <pre>
 * mvn -q -B package -DskipTests &amp;&amp; mvn -q -B test-compile
 * java -cp target/kiezpress.jar:target/test-classes de.kiezpress.bench.BuildBenchmark 1000 10000 50000
 * </pre>
 * Options: {@code -runs N} (default 5), {@code -no-hugo}, {@code -dir DIR} (where the corpora are
 * written once and kept, default /tmp/kiezpress-bench). Needs /usr/bin/time (Debian: {@code time});
 * Hugo from Debian's {@code hugo} package. kiezpress is run as a user runs it,
 * {@code java -jar target/kiezpress.jar build}; each run starts with no output folder.
 */
public final class BuildBenchmark {
    private static final Path TIME = Path.of("/usr/bin/time");

    /** One measured run. */
    record Run(double wallSeconds, double cpuSeconds, long peakKib, int exit) {
    }

    private BuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 5;
        boolean hugo = true;
        Path dir = Path.of("/tmp/kiezpress-bench");
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-runs" -> runs = Integer.parseInt(args[++i]);
                case "-no-hugo" -> hugo = false;
                case "-dir" -> dir = Path.of(args[++i]);
                default -> sizes.add(Integer.parseInt(args[i]));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1000, 10000);
        }
        if (!Files.isExecutable(TIME)) {
            throw new IllegalStateException("needs GNU time at /usr/bin/time (apt-get install time)");
        }
        Path jar = Path.of("target/kiezpress.jar").toAbsolutePath();
        boolean withHugo = hugo && onPath("hugo");
        System.out.printf("%-10s %8s %10s %10s %10s %12s%n", "generator", "articles", "wall s", "cpu s", "peak MiB", "articles/s");
        for (int size : sizes) {
            Path site = dir.resolve(String.valueOf(size));
            if (!Files.exists(site.resolve("kiezpress.yaml"))) {
                CorpusSite.write(site, size);
                HugoSite.addTo(site);
            }
            Run kiezpress = median(runs, () -> {
                delete(site.resolve("site"));
                return measure(site, List.of("java", "-jar", jar.toString(), "build", "-s", site.toString()));
            });
            print("kiezpress", size, kiezpress);
            if (withHugo) {
                Run hugoRun = median(runs, () -> {
                    delete(site.resolve("public"));
                    delete(site.resolve("resources"));
                    return measure(site, List.of("hugo", "--quiet", "--source", site.toString()));
                });
                print("hugo", size, hugoRun);
            }
        }
    }

    private static void print(String generator, int size, Run run) {
        System.out.printf(Locale.ROOT, "%-10s %8d %10.2f %10.2f %10.0f %12.0f%s%n", generator, size, run.wallSeconds(),
                run.cpuSeconds(), run.peakKib() / 1024.0, size / run.wallSeconds(), run.exit() == 0 ? "" : "  (exit " + run.exit() + ")");
    }

    private interface Measurement {
        Run run() throws IOException, InterruptedException;
    }

    /** Runs {@code runs} times and keeps the run of median wall time (CPU and memory of that run). */
    private static Run median(int runs, Measurement measurement) throws IOException, InterruptedException {
        Run[] all = new Run[runs];
        for (int i = 0; i < runs; i++) {
            all[i] = measurement.run();
        }
        Arrays.sort(all, (a, b) -> Double.compare(a.wallSeconds(), b.wallSeconds()));
        return all[runs / 2];
    }

    private static Run measure(Path site, List<String> command) throws IOException, InterruptedException {
        Path report = Files.createTempFile("kiezpress-time", ".txt");
        List<String> timed = new ArrayList<>(List.of(TIME.toString(), "-o", report.toString(), "-f", "%e %U %S %M"));
        timed.addAll(command);
        Process process = new ProcessBuilder(timed).directory(site.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int exit = process.waitFor();
        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        Files.delete(report);
        String[] fields = lines.get(lines.size() - 1).trim().split("\\s+");
        return new Run(Double.parseDouble(fields[0]), Double.parseDouble(fields[1]) + Double.parseDouble(fields[2]),
                Long.parseLong(fields[3]), exit);
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv("PATH").split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }

    private static void delete(Path dir) {
        try {
            TreeDeletion.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
