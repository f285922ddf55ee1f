package de.kiezpress.related;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.related.GermanTextAnalyzer.TermCounts;
import org.junit.jupiter.api.Test;

class GermanTextAnalyzerTest {

    private final TermDictionary dictionary = new TermDictionary();
    private final GermanTextAnalyzer analyzer = new GermanTextAnalyzer(dictionary, 1_000);

    @Test
    void makesOneTermOfUmlautsSpelledOutFormsAndInflections() {
        TermCounts counts = analyzer.analyse("Bürgerbeteiligung, BUERGERBETEILIGUNG und Bürgerbeteiligungen!");

        assertThat(counts.termIds()).hasSize(1);
        assertThat(counts.counts()).containsExactly(3);
    }

    @Test
    void foldsSharpSIntoDoubleS() {
        TermCounts counts = analyzer.analyse("Straße Strasse");

        assertThat(counts.counts()).containsExactly(2);
    }

    @Test
    void dropsStopWordsShortTokensAndNumbers() {
        TermCounts counts = analyzer.analyse("Und der die das für über 12 2024 3.500 EU zu S1 B96");

        assertThat(counts.termIds()).hasSize(1); // only "b96": letters and digits together
    }

    @Test
    void splitsOnEverythingButLettersAndDigits() {
        TermCounts counts = analyzer.analyse("Friedrichshain-Kreuzberg/Neukölln „Kiezfonds“ (Beirat)");

        assertThat(counts.termIds()).hasSize(5);
    }

    @Test
    void ignoresTextAfterTheLimitAndTheWordItCuts() {
        GermanTextAnalyzer limited = new GermanTextAnalyzer(dictionary, 14);

        TermCounts counts = limited.analyse("Spielplatz Sandkasten Rutsche");

        assertThat(counts.termIds()).hasSize(1); // "Sandk" is cut, "Rutsche" beyond the limit
        assertThat(counts.termIds()[0]).isEqualTo(analyzer.analyse("Spielplatz").termIds()[0]);
    }

    @Test
    void countsTermsInOrderOfFirstOccurrence() {
        TermCounts counts = analyzer.analyse("Radweg Schule Radwege Schulen Radweg Park");

        assertThat(counts.counts()).containsExactly(3, 2, 1);
        assertThat(counts.termIds()[0]).isEqualTo(analyzer.analyse("Radweg").termIds()[0]);
    }

    @Test
    void givesNoTermsForEmptyText() {
        assertThat(analyzer.analyse("").termIds()).isEmpty();
        assertThat(analyzer.analyse(" ,;. ").termIds()).isEmpty();
    }
}
