package de.kiezpress.serve;

import de.kiezpress.build.Build;
import de.kiezpress.build.BuildOptions;
import de.kiezpress.build.BuildResult;
import de.kiezpress.output.TreeDeletion;
import de.kiezpress.testing.TestSite;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The preview's rebuild after one saved article, step by step, without server, watcher or HTTP:
 * what {@code PreviewBenchmark} measures minus the quiet window and the polling, with the median
 * of every step, and at the end a check that the preview's folder is byte for byte what a full
 * build makes of the edited site.
 *
 * <pre>
 * java -cp target/kiezpress.jar:target/test-classes de.kiezpress.serve.RebuildProfile [ARTICLES] [EDITS] [WARM-UP] [nocheck]
 * </pre>
 * With {@code nocheck} the full build and the comparison are left out (for a profiler: only
 * rebuilds after the warm-up).
 * The site is {@code bench.SyntheticNewsSite}'s (called reflectively: it is package-private
 * there). Not a test (surefire only runs {@code *Test} classes).
 */
public final class RebuildProfile {
    private RebuildProfile() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        long pause = Long.getLong("pause", 0); // ms between edits, as an editor (and PreviewBenchmark) leaves
        Path dir = Files.createTempDirectory("kiezpress-profile-");
        Path root = dir.resolve("seite");
        List<Path> files = writeSite(root, articles);
        Path edited = files.get(files.size() / 2);
        Preview preview = new Preview(BuildOptions.of(root).withNow(ZonedDateTime.now()), "http://127.0.0.1:1313",
                new LiveFolder(dir.resolve("vorschau/site")), new PreviewStrings.Fallback(dir.resolve("vorschau")));
        long start = System.nanoTime();
        RebuildReport first = preview.rebuild(ChangeSet.EVERYTHING);
        System.out.printf("first build: %d ms, %d pages%n", (System.nanoTime() - start) / 1_000_000, first.pagesInSite());
        Map<String, List<Long>> steps = new LinkedHashMap<>();
        List<Long> totals = new ArrayList<>();
        for (int edit = 1; edit <= warmUp + edits; edit++) {
            Thread.sleep(pause);
            Files.writeString(edited, "\nMesspunkt " + edit + ": Die Nachbarschaft hat abgestimmt.\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            long before = System.nanoTime();
            RebuildReport report = preview.rebuild(ChangeSet.of(root, List.of(edited)));
            long micros = (System.nanoTime() - before) / 1000;
            if (!report.ok()) {
                throw new IllegalStateException(report.result().diagnostics().toString());
            }
            if (edit == warmUp) {
                System.out.printf("warm-up done after %d ms%n", (System.nanoTime() - start) / 1_000_000);
            }
            if (edit > warmUp) {
                totals.add(micros);
                report.result().steps().forEach(s -> steps.computeIfAbsent(s.name(), k -> new ArrayList<>())
                        .add(s.time().toNanos() / 1000));
            }
        }
        steps.forEach((name, times) -> System.out.printf("  %-26s %s%n", name, stats(times)));
        System.out.printf("  %-26s %s%n", "rebuild", stats(totals));

        if (args.length > 3 && args[3].equals("nocheck")) {
            TreeDeletion.delete(dir);
            return;
        }
        Path full = dir.resolve("voll");
        BuildResult complete = Build.run(preview.options().withDestination(full));
        Map<String, String> a = TestSite.snapshot(preview.root());
        Map<String, String> b = TestSite.snapshot(full);
        TreeSet<String> paths = new TreeSet<>(a.keySet());
        paths.addAll(b.keySet());
        List<String> differ = paths.stream().filter(p -> !Objects.equals(a.get(p), b.get(p))).toList();
        System.out.printf("full build %s; files differing from the preview: %d %s%n", complete.status(), differ.size(),
                differ.stream().limit(5).toList());
        TreeDeletion.delete(dir);
    }

    private static String stats(List<Long> micros) {
        List<Long> sorted = micros.stream().sorted().toList();
        int n = sorted.size();
        long median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return String.format("median %6.1f ms  (min %6.1f, max %6.1f)", median / 1000.0, sorted.get(0) / 1000.0,
                sorted.get(n - 1) / 1000.0);
    }

    @SuppressWarnings("unchecked")
    private static List<Path> writeSite(Path root, int articles) throws Exception {
        Class<?> generator = Class.forName("de.kiezpress.bench.SyntheticNewsSite");
        Method write = generator.getDeclaredMethod("write", Path.class, int.class);
        write.setAccessible(true);
        List<Object> written = (List<Object>) write.invoke(null, root, articles);
        List<Path> files = new ArrayList<>();
        for (Object w : written) {
            Method file = w.getClass().getDeclaredMethod("file");
            file.setAccessible(true);
            files.add((Path) file.invoke(w));
        }
        return files;
    }
}
