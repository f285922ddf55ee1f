package de.kiezpress.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a site of many German-sounding press releases and meeting reports, the same every time
 * for the same size: districts, topics, several paragraphs, headings and links between articles,
 * as a press office would write them. For benchmarks; the texts mean nothing.
 */
final class SyntheticNewsSite {
    private static final long SEED = 20_240_601L;
    private static final List<String> DISTRICTS = List.of("Mitte", "Friedrichshain-Kreuzberg", "Pankow",
            "Charlottenburg-Wilmersdorf", "Spandau", "Steglitz-Zehlendorf", "Tempelhof-Schöneberg", "Neukölln",
            "Treptow-Köpenick", "Marzahn-Hellersdorf", "Lichtenberg", "Reinickendorf", "Berlin");
    private static final List<String> TOPICS = List.of("Beteiligung", "Kinder und Jugend", "Seniorinnen und Senioren",
            "Wohnen", "Grünflächen", "Schule", "Gesundheit", "Mobilität", "Klimaanpassung", "Nachbarschaft",
            "Ehrenamt", "Kultur", "Sport", "Bildung", "Integration", "Stadtentwicklung", "Spielplätze", "Sicherheit",
            "Familie", "Armut", "Arbeit", "Digitalisierung", "Inklusion", "Verwaltung");
    private static final List<String> SUBJECTS = List.of("Das Bezirksamt", "Die Stadtteilkoordination",
            "Das Quartiersmanagement", "Der Kiezrat", "Die Jugendhilfe", "Das Nachbarschaftshaus", "Die Bezirksregion",
            "Der Sozialraumausschuss", "Die Familienberatung", "Das Stadtteilzentrum");
    private static final List<String> VERBS = List.of("lädt zu", "berichtet über", "plant", "eröffnet", "unterstützt",
            "startet", "verstetigt", "bewertet", "diskutiert", "fördert");
    private static final List<String> OBJECTS = List.of("eine Kiezkonferenz", "einen Beteiligungsspaziergang",
            "die neue Spielstraße", "das Bezirksregionenprofil", "den Kiezfonds", "eine Werkstatt zur Schulwegsicherung",
            "das Sommerfest im Park", "die Sprechstunde für Mieterinnen und Mieter", "einen runden Tisch",
            "die Sanierung des Sportplatzes", "ein Projekt gegen Hitze", "die Beratung für Familien");
    private static final List<String> DETAILS = List.of("mit den Bewohnerinnen und Bewohnern",
            "gemeinsam mit den Schulen im Kiez", "nach einer Befragung im Frühjahr", "im Rahmen der Sozialraumorientierung",
            "mit Mitteln aus dem Kiezfonds", "auf Wunsch der Nachbarschaft", "für alle Generationen",
            "in leichter Sprache und mit Übersetzung", "unter freiem Himmel", "zum dritten Mal in Folge");
    private static final List<String> CLOSINGS = List.of("Die Teilnahme ist kostenlos.",
            "Eine Anmeldung ist nicht nötig.", "Die Ergebnisse werden im Herbst veröffentlicht.",
            "Der Ort ist barrierefrei erreichbar.", "Fragen beantwortet die Stadtteilkoordination.",
            "Weitere Termine folgen.");

    private SyntheticNewsSite() {
    }

    /** One written article: its file and the page it becomes. */
    record Written(Path file, String pagePath) {
    }

    /** Writes kiezpress.yaml and {@code count} articles into {@code root}; returns the articles. */
    static List<Written> write(Path root, int count) {
        Random random = new Random(SEED);
        List<Written> written = new ArrayList<>();
        write(root.resolve("kiezpress.yaml"), "title: Sozialraum (Benchmark)\nbaseUrl: https://example.org/\npageSize: 10\n");
        for (int i = 0; i < count; i++) {
            boolean report = i % 5 == 0;
            String folder = report ? "sitzungsberichte" : "pressemitteilungen";
            LocalDate date = LocalDate.of(2019, 1, 1).plusDays(i * 2191L / Math.max(1, count) + random.nextInt(3));
            String district = pick(random, DISTRICTS);
            String title = pick(random, SUBJECTS) + " in " + district + " " + pick(random, VERBS) + " "
                    + pick(random, OBJECTS) + " (" + (i + 1) + ")";
            String slug = "meldung-" + (i + 1);
            Path file = root.resolve("content/" + folder + "/" + date + "-" + slug + ".md");
            StringBuilder text = new StringBuilder("---\n");
            text.append("title: \"").append(title).append("\"\n");
            text.append("date: ").append(date).append('\n');
            text.append("district: ").append(district).append('\n');
            text.append("topics: [").append(pick(random, TOPICS)).append(", ").append(pick(random, TOPICS)).append("]\n");
            text.append("---\n");
            int paragraphs = 2 + random.nextInt(4);
            for (int p = 0; p < paragraphs; p++) {
                if (p == 2) {
                    text.append("## ").append(pick(random, List.of("Hintergrund", "Wie es weitergeht", "Termine"))).append("\n\n");
                }
                text.append(paragraph(random)).append("\n\n");
            }
            if (i > 0 && random.nextInt(4) == 0) {
                Written earlier = written.get(random.nextInt(written.size()));
                text.append("Mehr dazu in [der früheren Meldung](")
                        .append(file.getParent().relativize(earlier.file()).toString().replace('\\', '/')).append(").\n");
            }
            write(file, text.toString());
            written.add(new Written(file, "/" + folder + "/" + date.getYear() + "/" + slug + "/"));
        }
        return written;
    }

    private static String paragraph(Random random) {
        StringBuilder text = new StringBuilder();
        int sentences = 2 + random.nextInt(3);
        for (int s = 0; s < sentences; s++) {
            text.append(pick(random, SUBJECTS)).append(' ').append(pick(random, VERBS)).append(' ')
                    .append(pick(random, OBJECTS)).append(' ').append(pick(random, DETAILS)).append(". ");
        }
        return text.append(pick(random, CLOSINGS)).toString();
    }

    private static String pick(Random random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
