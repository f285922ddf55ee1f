package de.kiezpress.cli;

import de.kiezpress.config.SiteConfig;
import de.kiezpress.content.ArticleType;
import de.kiezpress.content.Slug;
import de.kiezpress.diag.Diagnostics;
import de.kiezpress.diag.Position;
import de.kiezpress.diag.Suggestions;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * A new content file as {@code new} writes it: where it goes and its text, with the front matter
 * filled in and every optional key as a commented hint, so an editor sees what is possible
 * without looking it up. Bad input comes back as diagnostics.
 *
 * @param path the path inside the site, e.g. {@code content/pressemitteilungen/2024-05-02-neue-kita.md}
 */
record NewFile(String path, String text) {
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * @param date  {@code YYYY-MM-DD}, or empty for today in the site's time zone
     * @param today today in the site's time zone
     */
    static Optional<NewFile> of(SiteConfig config, ArticleType type, String title, Optional<String> district,
                                Optional<String> date, LocalDate today, Diagnostics diagnostics) {
        String cleanTitle = title.strip();
        if (cleanTitle.isEmpty()) {
            diagnostics.error("", Position.UNKNOWN, "the title is empty", "e.g. kiezpress new press-release \"Neue Kita in Moabit\"");
        } else if (cleanTitle.chars().anyMatch(Character::isISOControl)) {
            diagnostics.error("", Position.UNKNOWN, "the title must be one line without control characters");
        } else if (Slug.of(cleanTitle).isEmpty()) {
            diagnostics.error("", Position.UNKNOWN, "the title \"" + cleanTitle + "\" has no letter or digit to name the file by");
        }
        Optional<LocalDate> day = date.isEmpty() ? Optional.of(today) : parseDate(date.get(), diagnostics);
        Optional<String> districtName = district.flatMap(name -> districtOf(config, name, diagnostics));
        if (diagnostics.hasErrors() || day.isEmpty()) {
            return Optional.empty();
        }
        String slug = Slug.of(cleanTitle);
        String path = type == ArticleType.PAGE ? "content/" + type.folder() + "/" + slug + ".md"
                : "content/" + type.folder() + "/" + day.get() + "-" + slug + ".md";
        return Optional.of(new NewFile(path, text(type, cleanTitle, day.get(), districtName, config)));
    }

    private static Optional<LocalDate> parseDate(String text, Diagnostics diagnostics) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), ISO_DATE));
        } catch (DateTimeParseException e) {
            diagnostics.error("", Position.UNKNOWN, "--date: \"" + text + "\" is not a date (expected YYYY-MM-DD)",
                    "e.g. --date " + LocalDate.of(2024, 5, 2));
            return Optional.empty();
        }
    }

    /** The district as the site writes it; names that differ only in case or spelling of umlauts are accepted. */
    private static Optional<String> districtOf(SiteConfig config, String name, Diagnostics diagnostics) {
        String wanted = Slug.of(name);
        Optional<String> known = config.districts().stream().filter(d -> d.equals(name.strip())).findFirst()
                .or(() -> config.districts().stream().filter(d -> Slug.of(d).equals(wanted)).findFirst());
        if (known.isEmpty()) {
            String hint = Suggestions.nearest(name, config.districts()).map(s -> "did you mean \"" + s + "\"?")
                    .orElse("the districts are: " + String.join(", ", config.districts()));
            diagnostics.error("", Position.UNKNOWN, "--district: \"" + name + "\" is not one of the site's districts", hint);
        }
        return known;
    }

    private static String text(ArticleType type, String title, LocalDate date, Optional<String> district,
                               SiteConfig config) {
        StringBuilder text = new StringBuilder("---\n");
        text.append("title: ").append(quoted(title)).append('\n');
        text.append("date: ").append(date).append('\n');
        text.append("type: ").append(type.key()).append('\n');
        String exampleDistrict = config.districts().isEmpty() ? "Mitte" : config.districts().get(0);
        if (district.isPresent()) {
            text.append("district: ").append(quoted(district.get())).append('\n');
        }
        text.append("# Weitere Angaben nach Bedarf: zum Verwenden das # am Zeilenanfang entfernen.\n");
        if (district.isEmpty()) {
            text.append("# district: ").append(quoted(exampleDistrict)).append('\n');
        }
        text.append("""
                # summary: "Ein bis zwei Sätze für Listen und Feeds (sonst gilt der erste Absatz)"
                # topics: [Beteiligung, Kinder und Jugend]
                # draft: true
                # updated: %1$s
                # expires: %2$s
                # image:
                #   src: bild.jpg
                #   alt: "Was auf dem Bild zu sehen ist"
                #   caption: "Bildunterschrift, Foto: Name"
                # source:
                #   name: "Herausgeber der Quelle"
                #   url: https://example.org/
                # contact:
                #   name: "Vorname Nachname"
                #   office: "Pressestelle"
                #   email: presse@example.org
                #   phone: "(030) 9018-12345"
                """.formatted(date, date.plusYears(1)));
        if (type == ArticleType.MEETING_REPORT) {
            text.append("""
                    # meeting:
                    #   date: %s
                    #   time: "10:00–12:00"
                    #   location: "Rathaus, Raum 101"
                    #   organiser: "Bezirksamt"
                    #   participants: [Jugendamt, Quartiersmanagement]
                    #   agenda: [Begrüßung, Berichte aus den Kiezen, Verschiedenes]
                    """.formatted(date));
        }
        text.append("""
                # attachments:
                #   - title: "Protokoll"
                #     file: protokoll.pdf
                # related: [kurzname-eines-anderen-artikels]
                # aliases: [/alter/pfad/]
                # lang: en
                # slug: eigener-kurzname
                ---
                """);
        text.append(type == ArticleType.PAGE ? "Text der Seite.\n"
                : "Erster Absatz: Was ist geschehen, wo und wann? Er erscheint als Vorschau in Listen und Feeds.\n\n"
                + "Weitere Absätze mit den Einzelheiten.\n");
        return text.toString();
    }

    /** A YAML double-quoted scalar: whatever the title holds, it stays text. */
    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
