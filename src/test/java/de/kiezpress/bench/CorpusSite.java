package de.kiezpress.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Writes {@link GermanCorpus} articles as a complete kiezpress site, the same for the same size:
 * press releases and (every fifth) meeting reports with every front-matter key somewhere,
 * headings, lists, tables, quotes, links between articles, and page bundles with an image and a
 * PDF (every twentieth). Hugo reads the same files (see {@code HugoSite}), so both generators
 * build the same content.
 *
 * <pre>
 * java -cp target/kiezpress.jar:target/test-classes de.kiezpress.bench.CorpusSite 10000 /tmp/corpus-10000
 * </pre>
 */
public final class CorpusSite {
    static final long SEED = 2022_06_14L;
    private static final byte[] PNG = pixel();
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    /** Where an article is written and what links to it must say. */
    public record Entry(GermanCorpus.Article article, String folder, boolean bundle) {
        /** The Markdown file, relative to content/. */
        public String file() {
            String name = article.date() + "-" + article.slug();
            return folder + "/" + (bundle ? name + "/index.md" : name + ".md");
        }

        public boolean meetingReport() {
            return folder.equals("sitzungsberichte");
        }
    }

    private CorpusSite() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path root = Path.of(args.length > 1 ? args[1] : "/tmp/kiezpress-corpus-" + count);
        write(root, count);
        System.out.println("wrote " + count + " articles to " + root);
    }

    /** Writes kiezpress.yaml and {@code count} articles into {@code root} (which should be empty). */
    public static List<Entry> write(Path root, int count) {
        List<GermanCorpus.Article> articles = new GermanCorpus(SEED).articles(count);
        List<Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(new Entry(articles.get(i), i % 5 == 4 ? "sitzungsberichte" : "pressemitteilungen", i % 20 == 7));
        }
        write(root.resolve("kiezpress.yaml"), """
                title: Sozialraumorientierung in Berlin (Benchmark)
                description: Synthetische Pressemitteilungen und Sitzungsberichte für Messungen.
                baseUrl: https://example.org/
                pageSize: 10
                feedSize: 20
                """);
        IntStream.range(0, count).parallel().forEach(i -> writeArticle(root.resolve("content"), entries, i));
        writePages(root.resolve("content/seiten"));
        return entries;
    }

    private static void writeArticle(Path content, List<Entry> entries, int i) {
        Entry entry = entries.get(i);
        GermanCorpus.Article article = entry.article();
        StringBuilder md = new StringBuilder(8192);
        md.append("---\n");
        md.append("title: \"").append(article.title().replace("\"", "\\\"")).append("\"\n");
        md.append("date: ").append(article.date()).append('\n');
        md.append("district: ").append(article.district()).append('\n');
        md.append("topics: [").append(String.join(", ", article.topics())).append("]\n");
        if (i % 2 == 0) {
            md.append("summary: \"").append(article.summary()).append("\"\n");
        }
        if (i % 7 == 3) {
            md.append("updated: ").append(article.date().plusDays(3)).append('\n');
        }
        if (i % 4 == 1) {
            md.append("source:\n  name: Bezirksamt ").append(article.district()).append("\n  url: https://www.berlin.de/\n");
        }
        if (i % 3 == 0) {
            md.append("contact:\n  name: Pressestelle\n  office: Bezirksamt ").append(article.district())
                    .append("\n  email: presse@example.org\n  phone: \"(030) 9029-").append(1000 + i % 9000).append("\"\n");
        }
        if (i % 10 == 9 && i > 0) {
            md.append("related: [").append(entries.get(i - 1).article().slug()).append("]\n");
        }
        if (i % 25 == 11) {
            md.append("aliases: [/archiv-alt/").append(article.slug()).append("/]\n");
        }
        if (entry.bundle()) {
            md.append("image:\n  src: bild.png\n  alt: \"Symbolbild: ").append(article.topics().get(0))
                    .append(" in ").append(article.district()).append("\"\n  caption: \"Foto: Bezirksamt\"\n");
            md.append("attachments:\n  - title: Unterlagen zur Meldung\n    file: unterlagen.pdf\n");
        }
        if (entry.meetingReport()) {
            md.append("meeting:\n  date: ").append(article.date().minusDays(2)).append("\n  time: \"17:00–19:00\"\n")
                    .append("  location: Rathaus ").append(article.district()).append("\n  organiser: SPK ")
                    .append(article.district()).append("\n  participants: [Bezirksamt, Stadtteilkoordination, Quartiersmanagement]\n")
                    .append("  agenda: [Begrüßung, Bericht, Aussprache, Verschiedenes]\n");
        }
        md.append("---\n\n");
        List<String> paragraphs = article.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            if (p == 1) {
                md.append("## Hintergrund\n\n");
            } else if (p == 3) {
                md.append("## Nächste Schritte\n\n- Auswertung der Hinweise\n- Gespräch mit der Stadtteilkoordination\n"
                        + "- Bericht im Ausschuss\n\n");
            } else if (p == 4 && i % 3 == 1) {
                md.append("| Maßnahme | Zuständig | Frist |\n|:--|:--|--:|\n| Befragung | SPK | 30. Juni |\n"
                        + "| Kiezspaziergang | Quartiersmanagement | 15. Juli |\n\n");
            } else if (p == 5) {
                md.append("### Ausblick\n\n");
            }
            md.append(paragraphs.get(p));
            if (p == 2 && i > 0) {
                Entry other = entries.get(i - 1);
                md.append(" Mehr dazu in der Meldung [").append(other.article().title().replace("]", ""))
                        .append("](").append(relative(entry.file(), other.file())).append(").");
            }
            md.append("\n\n");
        }
        Path file = content.resolve(entry.file());
        write(file, md.toString());
        if (entry.bundle()) {
            writeBytes(file.resolveSibling("bild.png"), PNG);
            writeBytes(file.resolveSibling("unterlagen.pdf"), PDF);
        }
    }

    /** The pages every page links to (BITV 2.0), so the benchmark site is as complete as a real one. */
    private static void writePages(Path folder) {
        String[][] pages = {
            {"barrierefreiheit", "Erklärung zur Barrierefreiheit", "Stand der Vereinbarkeit: teilweise vereinbar.\n\n"
                + "## Barriere melden\n\nSchreiben Sie an barrierefreiheit@example.org.\n"},
            {"leichte-sprache", "Leichte Sprache", "Hier finden Sie Nachrichten aus den Bezirken.\n"},
            {"gebaerdensprache", "Informationen in Deutscher Gebärdensprache", "Die Videos sind in Vorbereitung.\n"},
            {"impressum", "Impressum", "Dies ist eine Beispielseite für Messungen.\n"},
            {"datenschutz", "Datenschutz", "Diese Website setzt keine Cookies.\n"}};
        for (String[] page : pages) {
            write(folder.resolve(page[0] + ".md"), "---\ntitle: \"" + page[1] + "\"\nslug: " + page[0] + "\n---\n\n" + page[2]);
        }
    }

    /** The path from one content file to another, as a Markdown link writes it. */
    static String relative(String from, String to) {
        Path fromDir = Path.of(from).getParent();
        return fromDir.relativize(Path.of(to)).toString().replace('\\', '/');
    }

    private static void write(Path file, String text) {
        writeBytes(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeBytes(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid 1×1 PNG. */
    private static byte[] pixel() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==");
    }
}
