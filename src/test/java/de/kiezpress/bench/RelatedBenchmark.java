package de.kiezpress.bench;

import de.kiezpress.related.Document;
import de.kiezpress.related.RelatedIndex;
import de.kiezpress.related.RelatedSettings;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Times {@code RelatedIndex.build(...).all()} on synthetic corpora of {@link GermanCorpus}.
 *
 * <pre>
 * MAVEN_OPTS="-Xmx3g" mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=de.kiezpress.bench.RelatedBenchmark -Dexec.args="1000 10000 50000"
 * </pre>
 * exec:java runs inside Maven's JVM, hence {@code MAVEN_OPTS} for the heap. For each size it
 * prints the median of three runs (build and all() also separately), documents per second, and
 * the heap in use after a GC, once with the corpus alone and once with the index and its
 * results added. Not a test (surefire only runs {@code *Test} classes), so {@code mvn test}
 * leaves it alone.
 */
public final class RelatedBenchmark {

    private static final int RUNS = 3;
    private static final long MIB = 1024 * 1024;

    /** An article as the related index sees it; "Berlin" is the whole city, not a district. */
    record CorpusDocument(String id, String slug, LocalDate date, List<String> topics,
            Optional<String> district, String text) implements Document {

        static CorpusDocument of(GermanCorpus.Article article) {
            return new CorpusDocument(
                    "/" + article.date().getYear() + "/" + article.slug() + "/",
                    article.slug(),
                    article.date(),
                    article.topics().stream().map(topic -> topic.toLowerCase(Locale.GERMAN)).toList(),
                    article.isCityWide() ? Optional.empty() : Optional.of(article.district()),
                    article.plainText());
        }
    }

    private RelatedBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0
                ? new int[] {1_000, 10_000, 50_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        run(sizes, RelatedSettings.defaults(), System.out);
    }

    static void run(int[] sizes, RelatedSettings settings, PrintStream out) {
        out.printf("cores %d, max heap %d MiB, %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / MIB, settings);
        List<CorpusDocument> warmUp = documents(2_000);
        for (int i = 0; i < 3; i++) {
            RelatedIndex.build(warmUp, settings).all();
        }
        out.printf("%8s %10s %10s %10s %12s %12s %12s%n",
                "N", "total ms", "build ms", "all ms", "docs/s", "corpus MiB", "heap MiB");
        for (int size : sizes) {
            List<CorpusDocument> documents = documents(size);
            long corpusHeap = heapAfterGc();
            long[] totals = new long[RUNS];
            long[] builds = new long[RUNS];
            RelatedIndex index = null;
            Map<String, List<String>> related = null;
            for (int run = 0; run < RUNS; run++) {
                index = null;
                related = null;
                heapAfterGc();
                long start = System.nanoTime();
                index = RelatedIndex.build(documents, settings);
                long built = System.nanoTime();
                related = index.all();
                long end = System.nanoTime();
                totals[run] = (end - start) / 1_000_000;
                builds[run] = (built - start) / 1_000_000;
            }
            long heap = heapAfterGc();
            long total = median(totals);
            long build = median(builds);
            out.printf("%8d %10d %10d %10d %12.0f %12d %12d%n", size, total, build, total - build,
                    size * 1000.0 / total, corpusHeap / MIB, heap / MIB);
            out.printf("         %s related on average per article%n",
                    String.format(Locale.ROOT, "%.2f", averageSize(related)));
            // The index and its results must still be reachable when the heap is measured.
            Reference.reachabilityFence(index);
            Reference.reachabilityFence(related);
        }
    }

    private static List<CorpusDocument> documents(int size) {
        return new GermanCorpus(42).articles(size).stream().map(CorpusDocument::of).toList();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double averageSize(Map<String, List<String>> related) {
        return related.values().stream().mapToInt(List::size).average().orElse(0);
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
