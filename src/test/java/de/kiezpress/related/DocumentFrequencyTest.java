package de.kiezpress.related;

import static de.kiezpress.related.Article.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentFrequencyTest {

    /** Two articles that share only "Kiezfonds", a word found in eight of ten articles. */
    private static List<Article> corpusWhereKiezfondsIsEverywhere() {
        List<Article> corpus = new ArrayList<>();
        corpus.add(article("a").text("Der Kiezfonds fördert Lastenräder."));
        corpus.add(article("b").text("Aus dem Kiezfonds kommen Gartengeräte."));
        String[] others = {"Sommerfest", "Lesepaten", "Hofflohmarkt", "Nachbarschaftscafé", "Repaircafé", "Tauschbörse"};
        for (String other : others) {
            corpus.add(article(other).text(other + " mit Geld vom Kiezfonds."));
        }
        corpus.add(article("x").text("Wochenmarkt am Arkonaplatz."));
        corpus.add(article("y").text("Konzert im Park."));
        return corpus;
    }

    private static RelatedSettings settings(double maxDocumentFrequency, int floor) {
        RelatedSettings d = RelatedSettings.defaults();
        return new RelatedSettings(d.count(), d.topicWeight(), d.districtWeight(), d.textWeight(), d.recencyWeight(),
                d.recencyHalfLifeDays(), maxDocumentFrequency, floor, d.termsPerDocument(), d.maxTextLength());
    }

    @Test
    void ignoresTermsFoundInMoreDocumentsThanAllowed() {
        RelatedIndex index = RelatedIndex.build(corpusWhereKiezfondsIsEverywhere(), settings(0.5, 0));

        assertThat(index.relatedTo("a")).isEmpty();
    }

    @Test
    void usesTheSameTermsWhenTheyAreNotTooFrequent() {
        RelatedIndex index = RelatedIndex.build(corpusWhereKiezfondsIsEverywhere(), settings(0.9, 0));

        assertThat(index.relatedTo("a")).contains("b").doesNotContain("x", "y");
    }

    @Test
    void keepsFrequentTermsOfASmallCorpusUpToTheFloor() {
        RelatedIndex index = RelatedIndex.build(corpusWhereKiezfondsIsEverywhere(), settings(0.5, 8));

        assertThat(index.relatedTo("a")).contains("b");
    }
}
