package de.kiezpress.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The words {@link GermanCorpus} writes with: function words, a few thousand nouns, compounds,
 * verbs and adjectives, each topic's own compounds and each district's place names.
 *
 * <p>Compounds are built from modifiers and heads, as German builds them, which gives the long
 * tail of rare words that makes TF-IDF meaningful; every list is fixed, so the corpus is too.
 */
final class GermanVocabulary {

    static final List<String> DISTRICTS = List.of(
            "Mitte", "Friedrichshain-Kreuzberg", "Pankow", "Charlottenburg-Wilmersdorf", "Spandau",
            "Steglitz-Zehlendorf", "Tempelhof-Schöneberg", "Neukölln", "Treptow-Köpenick",
            "Marzahn-Hellersdorf", "Lichtenberg", "Reinickendorf");

    /** The whole city, not one district. */
    static final String CITY = "Berlin";

    /** Each topic with the modifiers its own vocabulary is compounded from. */
    static final Map<String, List<String>> TOPICS = topics();

    /** Around half of German running text; the index drops them as stop words. */
    static final List<String> FUNCTION_WORDS = List.of(
            "der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf", "für",
            "ist", "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "werden", "aus",
            "er", "hat", "dass", "sie", "nach", "wird", "bei", "einer", "um", "am", "sind", "noch",
            "wie", "einem", "über", "einen", "so", "zum", "war", "haben", "nur", "oder", "aber",
            "vor", "zur", "bis", "mehr", "durch", "man", "sein", "wurde", "sei", "können", "sowie",
            "unter", "soll", "wir", "ihre", "diese", "dieser", "alle", "ab", "gegen", "während",
            "wenn", "damit", "ihr", "seit", "zwischen", "dabei", "dort", "hier", "außerdem");

    static final List<String> HEADS = List.of(
            "Straße", "Platz", "Park", "Schule", "Kita", "Zentrum", "Haus", "Garten", "Fläche",
            "Beteiligung", "Förderung", "Verwaltung", "Planung", "Versammlung", "Konferenz", "Beirat",
            "Rat", "Fonds", "Projekt", "Programm", "Angebot", "Treffpunkt", "Netzwerk", "Initiative",
            "Verein", "Träger", "Bericht", "Konzept", "Maßnahme", "Sanierung", "Erweiterung",
            "Eröffnung", "Ausschreibung", "Wettbewerb", "Sprechstunde", "Beratung", "Stelle", "Büro",
            "Amt", "Ausschuss", "Haushalt", "Zuschuss", "Antrag", "Verfahren", "Werkstatt", "Dialog",
            "Forum", "Begegnung", "Nachbarschaft", "Quartier", "Siedlung", "Wohnung", "Miete",
            "Halle", "Bibliothek", "Bühne", "Fest", "Markt", "Ufer", "Brücke", "Weg", "Kreuzung",
            "Haltestelle", "Baum", "Beet", "Wiese", "Hof", "Dach", "Fassade", "Gebäude", "Schutz",
            "Pflege", "Versorgung", "Arbeit", "Ausbildung", "Kultur", "Geschichte", "Ausstellung",
            "Führung", "Sicherheit", "Ordnung", "Verkehr", "Leitung", "Gruppe", "Kurs", "Tag",
            "Woche", "Sommer", "Zeit", "Jahr", "Raum", "Ort", "Bedarf", "Ziel", "Ergebnis", "Umfrage",
            "Befragung", "Anlage", "Einrichtung", "Gelände", "Grundstück", "Entwicklung", "Strategie",
            "Leitlinie", "Richtlinie", "Vertrag", "Kooperation", "Vereinbarung", "Broschüre", "Karte",
            "Liste", "Termin", "Sitzung", "Beschluss", "Vorlage", "Anfrage", "Auskunft", "Stadtrat",
            "Stadträtin", "Bürgermeisterin", "Bürgermeister", "Leiterin", "Mitarbeiter", "Team",
            "Ansprechpartner", "Gesellschaft", "Genossenschaft", "Stiftung", "Preis", "Auszeichnung",
            "Spende", "Aktion", "Kampagne", "Woche", "Nacht", "Größe", "Straßenbahn", "Fußgänger");

    static final List<String> MODIFIERS = List.of(
            "Bürger", "Kiez", "Bezirks", "Stadt", "Jugend", "Kinder", "Familien", "Senioren",
            "Nachbarschafts", "Quartiers", "Sport", "Schul", "Spiel", "Grün", "Wohn", "Verkehrs",
            "Rad", "Fuß", "Bau", "Kultur", "Sozial", "Gesundheits", "Umwelt", "Klima", "Energie",
            "Wasser", "Stadtteil", "Bildungs", "Integrations", "Beteiligungs", "Ehrenamts", "Frauen",
            "Mieter", "Gewerbe", "Markt", "Park", "Baum", "Garten", "Lärm", "Sicherheits",
            "Präventions", "Sprach", "Musik", "Kunst", "Theater", "Denkmal", "Friedhofs", "Ufer",
            "Straßen", "Brücken", "Schwimm", "Hitze", "Müll", "Reinigungs", "Pflege", "Arbeits",
            "Ausbildungs", "Migrations", "Inklusions", "Förder", "Haushalts", "Planungs", "Natur",
            "Wald", "Spielplatz", "Sportplatz", "Schulhof", "Bibliotheks", "Beratungs", "Freizeit");

    static final List<String> VERBS = List.of(
            "beschließt", "eröffnet", "plant", "fördert", "lädt", "informiert", "beteiligt",
            "unterstützt", "berichtet", "stellt", "startet", "sucht", "bittet", "ruft", "erweitert",
            "saniert", "pflanzt", "gestaltet", "verbessert", "entwickelt", "prüft", "beginnt",
            "endet", "findet", "bietet", "zeigt", "erhält", "vergibt", "bewilligt", "befragt",
            "diskutiert", "beraten", "gestalten", "schaffen", "erneuern", "eröffnen", "bauen",
            "informieren", "teilnehmen", "mitmachen", "anmelden", "entstehen", "verbessern",
            "erreichen", "gewinnen", "beantragen", "fördern", "umsetzen", "vorstellen", "einladen",
            "begrüßt", "betont", "erklärt", "sagt", "freut", "dankt", "weist", "hinweist", "empfiehlt",
            "wurden", "konnten", "sollen", "müssen", "möchten", "gestaltet", "geöffnet", "gefördert",
            "saniert", "errichtet", "vorgestellt", "beschlossen", "eingeladen", "geplant");

    static final List<String> ADJECTIVES = List.of(
            "neue", "neuen", "öffentliche", "öffentlichen", "große", "großen", "kleine", "kleinen",
            "soziale", "sozialen", "grüne", "grünen", "barrierefreie", "barrierefreien", "gemeinsame",
            "gemeinsamen", "kostenlose", "kostenlosen", "bezirkliche", "bezirklichen", "zahlreiche",
            "wichtige", "wichtigen", "erste", "ersten", "zweite", "weitere", "weiteren", "aktuelle",
            "aktuellen", "künftige", "künftigen", "lokale", "lokalen", "nachhaltige", "nachhaltigen",
            "junge", "jungen", "ältere", "älteren", "interessierte", "interessierten", "engagierte",
            "engagierten", "offene", "offenen", "digitale", "digitalen", "sichere", "sicheren",
            "lebendige", "lebendigen", "vielfältige", "vielfältigen", "regelmäßig", "gemeinsam",
            "bereits", "erstmals", "insgesamt", "rund", "künftig", "deutlich", "gut", "schnell");

    static final Map<String, List<String>> PLACES = Map.ofEntries(
            Map.entry("Mitte", List.of("Wedding", "Moabit", "Gesundbrunnen", "Alexanderplatz", "Tiergarten", "Leopoldplatz")),
            Map.entry("Friedrichshain-Kreuzberg", List.of("Friedrichshain", "Kreuzberg", "Görlitzer", "Boxhagener", "Oranienstraße", "Mehringplatz")),
            Map.entry("Pankow", List.of("Prenzlauer", "Weißensee", "Buch", "Heinersdorf", "Mauerpark", "Kollwitzkiez")),
            Map.entry("Charlottenburg-Wilmersdorf", List.of("Charlottenburg", "Wilmersdorf", "Westend", "Halensee", "Klausenerplatz", "Mierendorff")),
            Map.entry("Spandau", List.of("Siemensstadt", "Staaken", "Hakenfelde", "Wilhelmstadt", "Falkenhagener", "Altstadt")),
            Map.entry("Steglitz-Zehlendorf", List.of("Steglitz", "Zehlendorf", "Lichterfelde", "Lankwitz", "Wannsee", "Dahlem")),
            Map.entry("Tempelhof-Schöneberg", List.of("Tempelhof", "Schöneberg", "Friedenau", "Mariendorf", "Marienfelde", "Lichtenrade")),
            Map.entry("Neukölln", List.of("Rixdorf", "Britz", "Buckow", "Rudow", "Gropiusstadt", "Sonnenallee")),
            Map.entry("Treptow-Köpenick", List.of("Köpenick", "Treptow", "Adlershof", "Friedrichshagen", "Müggelsee", "Oberschöneweide")),
            Map.entry("Marzahn-Hellersdorf", List.of("Marzahn", "Hellersdorf", "Biesdorf", "Kaulsdorf", "Mahlsdorf", "Kienberg")),
            Map.entry("Lichtenberg", List.of("Hohenschönhausen", "Friedrichsfelde", "Karlshorst", "Rummelsburg", "Fennpfuhl", "Neu-Lichtenberg")),
            Map.entry("Reinickendorf", List.of("Tegel", "Wittenau", "Frohnau", "Hermsdorf", "Märkisches", "Waidmannslust")),
            Map.entry(CITY, List.of("Senat", "Senatsverwaltung", "Abgeordnetenhaus", "Landesamt", "Landesprogramm", "Stadtgebiet")));

    private GermanVocabulary() {
    }

    private static Map<String, List<String>> topics() {
        return Map.ofEntries(
                Map.entry("Bürgerbeteiligung", List.of("Bürger", "Beteiligungs")),
                Map.entry("Jugendhilfe", List.of("Jugend", "Familien")),
                Map.entry("Stadtentwicklung", List.of("Stadt", "Planungs")),
                Map.entry("Sozialraumorientierung", List.of("Sozial", "Stadtteil")),
                Map.entry("Grünflächen", List.of("Grün", "Park", "Baum")),
                Map.entry("Schulbau", List.of("Schul", "Bau")),
                Map.entry("Kitas", List.of("Kinder", "Spiel")),
                Map.entry("Seniorenarbeit", List.of("Senioren", "Pflege")),
                Map.entry("Nachbarschaft", List.of("Nachbarschafts", "Kiez")),
                Map.entry("Quartiersmanagement", List.of("Quartiers", "Kiez")),
                Map.entry("Sport", List.of("Sport", "Sportplatz", "Schwimm")),
                Map.entry("Verkehr", List.of("Verkehrs", "Straßen", "Brücken")),
                Map.entry("Radverkehr", List.of("Rad", "Verkehrs")),
                Map.entry("Fußverkehr", List.of("Fuß", "Straßen")),
                Map.entry("Wohnen", List.of("Wohn", "Mieter")),
                Map.entry("Mieterschutz", List.of("Mieter", "Wohn")),
                Map.entry("Kultur", List.of("Kultur", "Theater", "Kunst")),
                Map.entry("Musikschule", List.of("Musik", "Kultur")),
                Map.entry("Bibliotheken", List.of("Bibliotheks", "Bildungs")),
                Map.entry("Gesundheit", List.of("Gesundheits", "Präventions")),
                Map.entry("Umwelt", List.of("Umwelt", "Natur")),
                Map.entry("Klimaschutz", List.of("Klima", "Energie")),
                Map.entry("Hitzeschutz", List.of("Hitze", "Wasser")),
                Map.entry("Stadtsauberkeit", List.of("Müll", "Reinigungs")),
                Map.entry("Integration", List.of("Integrations", "Migrations", "Sprach")),
                Map.entry("Inklusion", List.of("Inklusions", "Förder")),
                Map.entry("Ehrenamt", List.of("Ehrenamts", "Bürger")),
                Map.entry("Gleichstellung", List.of("Frauen", "Förder")),
                Map.entry("Wirtschaft", List.of("Gewerbe", "Markt")),
                Map.entry("Ausbildung", List.of("Ausbildungs", "Arbeits")),
                Map.entry("Bezirkshaushalt", List.of("Haushalts", "Bezirks")),
                Map.entry("Bezirksverordnetenversammlung", List.of("Bezirks", "Planungs")),
                Map.entry("Denkmalschutz", List.of("Denkmal", "Friedhofs")),
                Map.entry("Gewässer", List.of("Ufer", "Wasser")),
                Map.entry("Spielplätze", List.of("Spielplatz", "Spiel")),
                Map.entry("Schulhöfe", List.of("Schulhof", "Schul")),
                Map.entry("Lärmschutz", List.of("Lärm", "Verkehrs")),
                Map.entry("Sicherheit", List.of("Sicherheits", "Präventions")),
                Map.entry("Wälder", List.of("Wald", "Natur")),
                Map.entry("Freizeit", List.of("Freizeit", "Garten")));
    }

    /** Modifier + head, lowercased where they meet: "Bürger" + "Beteiligung" = "Bürgerbeteiligung". */
    static String compound(String modifier, String head) {
        return modifier + Character.toLowerCase(head.charAt(0)) + head.substring(1);
    }

    /** The general vocabulary in a fixed, shuffled order: its rank decides its frequency. */
    static List<String> generalWords() {
        Set<String> words = new LinkedHashSet<>();
        words.addAll(HEADS);
        words.addAll(VERBS);
        words.addAll(ADJECTIVES);
        for (String modifier : MODIFIERS) {
            for (String head : HEADS) {
                words.add(compound(modifier, head));
            }
        }
        List<String> shuffled = new ArrayList<>(words);
        Collections.shuffle(shuffled, new Random(20_240_601L));
        return List.copyOf(shuffled);
    }

    /** The topic's own words: its name and its modifiers with every head, in a fixed shuffled order. */
    static List<String> topicWords(String topic) {
        List<String> words = new ArrayList<>();
        for (String modifier : TOPICS.get(topic)) {
            for (String head : HEADS) {
                words.add(compound(modifier, head));
            }
        }
        Collections.shuffle(words, new Random(topic.hashCode()));
        words.add(0, topic);
        return List.copyOf(new LinkedHashSet<>(words));
    }
}
