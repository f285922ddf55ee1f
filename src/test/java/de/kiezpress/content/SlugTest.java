package de.kiezpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Bürgerbeteiligung in Steglitz-Zehlendorf | buergerbeteiligung-in-steglitz-zehlendorf",
        "Neukölln                                 | neukoelln",
        "Tempelhof-Schöneberg                     | tempelhof-schoeneberg",
        "Ärger über Öffnungszeiten                | aerger-ueber-oeffnungszeiten",
        "ÄÖÜ äöü                                  | aeoeue-aeoeue",
        "Straße                                   | strasse",
        "GROẞE STRASSE                            | grosse-strasse",
        "Café à la carte                          | cafe-a-la-carte",
        "Señora Ibáñez, Françoise & Zoë           | senora-ibanez-francoise-zoe",
        "Ünïcödé                                  | uenicoede",
        "Kiez & Co.                               | kiez-co",
        "100 % Kiez!                              | 100-kiez",
        "Was tun?                                 | was-tun",
        "„Zitat“ und ‚Halbzitat‘                  | zitat-und-halbzitat",
        "Kita 2022/23                             | kita-2022-23",
        "  --Hallo--  Welt--                      | hallo-welt",
        "a_b.c                                    | a-b-c",
        "Sommerfest 🎉 im Kiez                    | sommerfest-im-kiez",
        "İstanbul                                 | istanbul",
        "../../etc/passwd                         | etc-passwd",
        "2022-06-14 Sitzung                       | 2022-06-14-sitzung",
    })
    void transliteratesGermanDropsOtherMarksAndJoinsTheRestWithSingleHyphens(String text, String slug) {
        assertThat(Slug.of(text)).isEqualTo(slug);
        assertThat(Slug.isValid(slug)).isTrue();
    }

    @Test
    void transliteratesUmlautsWrittenAsLetterPlusCombiningMark() {
        // macOS gives file names in this decomposed form (NFD): "ü" is "u" + U+0308
        assertThat(Slug.of("Bu\u0308rgerbeteiligung in Neuko\u0308lln")).isEqualTo("buergerbeteiligung-in-neukoelln");
        assertThat(Slug.fromFileName("2022-06-14-bu\u0308rgerbeteiligung")).isEqualTo("buergerbeteiligung");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", "!!!", "–", "🎉", "„“", "..", "ł"})
    void givesAnEmptySlugWhenNothingUrlSafeIsLeft(String text) {
        assertThat(Slug.of(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "2022-06-14-sro-koordinierungskreis | sro-koordinierungskreis",
        "2022-06-14-Bürger-Dialog           | buerger-dialog",
        "kog-sro                            | kog-sro",
        "2022-06-14                         | 2022-06-14",
        "20220614-kiez                      | 20220614-kiez",
        "2022-6-14-kiez                     | 2022-6-14-kiez",
        "kiez-2022-06-14-fest               | kiez-2022-06-14-fest",
        "2022-06-14-2023-01-01-doppelt      | 2023-01-01-doppelt",
    })
    void takesTheSlugFromAFileNameWithoutItsLeadingDate(String name, String slug) {
        assertThat(Slug.fromFileName(name)).isEqualTo(slug);
    }

    @ParameterizedTest(name = "\"{0}\" is valid")
    @ValueSource(strings = {"a", "kiez", "kiez-fest", "kita-2022-23", "2022", "a1-b2"})
    void acceptsSlugsOfLowercaseLettersDigitsAndSingleHyphens(String slug) {
        assertThat(Slug.isValid(slug)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is not valid")
    @ValueSource(strings = {"", "-kiez", "kiez-", "kiez--fest", "Kiez", "kiez fest", "kiez_fest", "neukölln", "../x",
        "a/b", "a.b", "%2e%2e", "kiez\n"})
    void refusesEverythingElseAsASlug(String slug) {
        assertThat(Slug.isValid(slug)).isFalse();
    }
}
