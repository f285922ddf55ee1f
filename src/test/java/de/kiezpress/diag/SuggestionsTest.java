package de.kiezpress.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> KEYS = List.of("title", "date", "type", "district", "topics", "summary",
            "slug", "draft", "updated", "expires", "image", "source", "contact", "attachments", "meeting", "related",
            "aliases", "lang");
    private static final List<String> DISTRICTS = List.of("Mitte", "Friedrichshain-Kreuzberg", "Pankow",
            "Charlottenburg-Wilmersdorf", "Spandau", "Steglitz-Zehlendorf", "Tempelhof-Schöneberg", "Neukölln",
            "Treptow-Köpenick", "Marzahn-Hellersdorf", "Lichtenberg", "Reinickendorf", "Berlin");

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource({
        "titel, title",
        "Title, title",
        "datum, date",
        "dat, date",
        "tpoics, topics",
        "topic, topics",
        "attachment, attachments",
        "alias, aliases",
        "summery, summary",
        "draf, draft",
    })
    void suggestsTheKeyAUserMostLikelyMeant(String typed, String meant) {
        assertThat(Suggestions.nearest(typed, KEYS)).contains(meant);
    }

    @Test
    void keepsAGenuineTieBetweenTwoDistrictsDeterministic() {
        // "Spandow" is two edits from both "Spandau" and "Pankow"; the one that sorts first wins.
        assertThat(Suggestions.nearest("Spandow", DISTRICTS)).contains("Pankow");
    }

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource({
        "Neukoln, Neukölln",
        "neukölln, Neukölln",
        "Neukoelln, Neukölln",
        "Pankov, Pankow",
        "Spandaw, Spandau",
        "Steglitz, Steglitz-Zehlendorf",
        "Tempelhof-Schoeneberg, Tempelhof-Schöneberg",
        "Lichtenburg, Lichtenberg",
        "Marzahn, Marzahn-Hellersdorf",
    })
    void suggestsTheNearestDistrictIgnoringCaseAndUmlauts(String typed, String meant) {
        assertThat(Suggestions.nearest(typed, DISTRICTS)).contains(meant);
    }

    @ParameterizedTest(name = "\"{0}\" has no suggestion")
    @CsvSource({"wetter", "foo", "Hamburg", "Kreuzkölln-Nord", "xyz"})
    void suggestsNothingWhenNoCandidateIsClose(String typed) {
        assertThat(Suggestions.nearest(typed, DISTRICTS)).isEmpty();
        assertThat(Suggestions.didYouMean(typed, DISTRICTS)).isEmpty();
    }

    @Test
    void writesTheHintAsAQuestion() {
        assertThat(Suggestions.didYouMean("titel", KEYS)).isEqualTo("did you mean \"title\"?");
    }

    @Test
    void suggestsNothingFromNoCandidates() {
        assertThat(Suggestions.nearest("title", List.of())).isEmpty();
    }

    @Test
    void prefersAnExactMatchOverALongerCandidateThatStartsWithIt() {
        assertThat(Suggestions.nearest("Mitte", List.of("Mitte-Nord", "Mitte"))).contains("Mitte");
        assertThat(Suggestions.nearest("mitte", List.of("Mitte-Nord", "Mitte"))).contains("Mitte");
        // "Neukolln-Nord" sorts before "Neukölln", so a tie would pick it: the exact match must win outright.
        assertThat(Suggestions.nearest("neukölln", List.of("Neukölln", "Neukolln-Nord"))).contains("Neukölln");
        assertThat(Suggestions.nearest("ost", List.of("Ost", "OST-Berlin"))).contains("Ost");
    }

    @Test
    void breaksTiesByTheCandidateThatSortsFirstWhateverTheOrderGiven() {
        assertThat(Suggestions.nearest("bat", List.of("cat", "bar"))).contains("bar");
        assertThat(Suggestions.nearest("bat", List.of("bar", "cat"))).contains("bar");
    }

    @ParameterizedTest(name = "distance(\"{0}\", \"{1}\") = {2}")
    @CsvSource({
        "title, title, 0",
        "titel, title, 1",
        "tilte, title, 1",
        "'', abc, 3",
        "abc, '', 3",
        "kitten, sitting, 3",
        "date, data, 1",
        "date, type, 3",
    })
    void measuresEditsWithTranspositionsAsOne(String a, String b, int expected) {
        assertThat(Suggestions.distance(a, b)).isEqualTo(expected);
    }
}
