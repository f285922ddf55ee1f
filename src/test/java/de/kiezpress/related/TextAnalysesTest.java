package de.kiezpress.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A build that takes over the analysed texts of an earlier one must give exactly what a build
 * from scratch gives: the same related lists and the same text vectors, bit for bit, whatever
 * changed in between.
 */
class TextAnalysesTest {

    private static final RelatedSettings SETTINGS = RelatedSettings.defaults();
    private static final List<Article> CORPUS = DeterminismTest.generated(300);

    @Test
    void givesExactlyWhatABuildWithoutThemGivesAfterTextsChangeAppearAndGo() {
        RelatedIndex first = assertSameAsFromScratch(CORPUS, TextAnalyses.NONE);

        List<Article> edited = new ArrayList<>(CORPUS);
        // a sentence appended, with a word no other text has and one that raises a frequency
        edited.set(10, edited.get(10).text("Kiezgartenfest Bezirksamt Bezirksamt. " + edited.get(10).text()));
        edited.set(11, edited.get(11).text("Ganz neuer Text über Spielplätze und Spielplatzpaten."));
        edited.remove(20);
        edited.add(CORPUS.get(20).withId("/neu/").text(CORPUS.get(20).text() + " Nachtrag."));
        RelatedIndex second = assertSameAsFromScratch(edited, first.analyses());

        edited.remove(11);
        edited.set(0, edited.get(0).text(""));
        assertSameAsFromScratch(edited, second.analyses());
    }

    @Test
    void takesOverTheAnalysesOfUnchangedTextsAndOnlyThose() {
        RelatedIndex first = RelatedIndex.build(CORPUS, SETTINGS, TextAnalyses.NONE);
        List<Article> edited = new ArrayList<>(CORPUS);
        edited.set(5, edited.get(5).text("Vorab " + edited.get(5).text()));
        // an equal text in another string: compared, not only recognised
        edited.set(6, edited.get(6).text(new String(edited.get(6).text().toCharArray())));

        TextAnalyses before = first.analyses();
        TextAnalyses after = RelatedIndex.build(edited, SETTINGS, before).analyses();

        assertThat(after.size()).isEqualTo(CORPUS.size());
        assertThat(after.byId.get(CORPUS.get(4).id())).isSameAs(before.byId.get(CORPUS.get(4).id()));
        assertThat(after.byId.get(CORPUS.get(6).id())).isSameAs(before.byId.get(CORPUS.get(6).id()));
        assertThat(after.byId.get(CORPUS.get(5).id()) == before.byId.get(CORPUS.get(5).id())).isFalse();
    }

    @Test
    void readsOnlyTheAnalysedPartOfATextToTellWhetherItChanged() {
        RelatedSettings shortTexts = new RelatedSettings(5, 1.0, 0.3, 2.0, 0.2, 365, 0.1, 10, 25, 60);
        Article article = Article.article("a").text("Spielplatz Sandkasten Rutsche Klettergerüst Schaukel Wippe Seilbahn");
        List<Article> corpus = List.of(article, Article.article("b").text("Spielplatz Sandkasten Rutsche"));
        TextAnalyses before = RelatedIndex.build(corpus, shortTexts, TextAnalyses.NONE).analyses();

        List<Article> changedBeyond = List.of(article.text(article.text() + " Tischtennis"), corpus.get(1));
        List<Article> changedWordAtTheLimit = List.of(article.text(article.text().replace("Seilbahn", "Seilbahnen")),
                corpus.get(1));

        TextAnalyses beyond = RelatedIndex.build(changedBeyond, shortTexts, before).analyses();
        assertThat(beyond.byId.get("a")).isSameAs(before.byId.get("a"));
        assertSameAsFromScratch(changedWordAtTheLimit, before, shortTexts);
    }

    @Test
    void givesTheSameAfterManyEditsWithNewWordsWhenTheDictionaryStartsOver() {
        Random random = new Random(11);
        List<Article> edited = new ArrayList<>(CORPUS.subList(0, 60));
        TextAnalyses analyses = TextAnalyses.NONE;
        boolean startedOver = false;
        for (int round = 0; round < 30; round++) {
            for (int i = 0; i < 10; i++) {
                int d = random.nextInt(edited.size());
                StringBuilder words = new StringBuilder();
                for (int w = 0; w < 30; w++) {
                    words.append("Wort").append(Integer.toString(random.nextInt(1_000_000), 36)).append("kiez ");
                }
                edited.set(d, edited.get(d).text(words + CORPUS.get(d).text()));
            }
            RelatedIndex index = assertSameAsFromScratch(edited, analyses);
            startedOver |= analyses != TextAnalyses.NONE && index.analyses() == TextAnalyses.NONE;
            analyses = index.analyses();
        }
        assertThat(startedOver).as("the dictionary of stale terms was given up at least once").isTrue();
    }

    @Test
    void keepsNothingWhenBuiltWithout() {
        assertThat(RelatedIndex.build(CORPUS, SETTINGS).analyses()).isSameAs(TextAnalyses.NONE);
        assertThat(RelatedIndex.build(CORPUS, SETTINGS, TextAnalyses.NONE).analyses().size()).isEqualTo(CORPUS.size());
    }

    @Test
    void startsOverWhenTheTextLimitChanges() {
        TextAnalyses analyses = RelatedIndex.build(CORPUS, SETTINGS, TextAnalyses.NONE).analyses();
        RelatedSettings shorter = new RelatedSettings(5, 1.0, 0.3, 2.0, 0.2, 365, 0.1, 10, 25, 200);

        assertSameAsFromScratch(CORPUS, analyses, shorter);
    }

    private static RelatedIndex assertSameAsFromScratch(List<Article> corpus, TextAnalyses previous) {
        return assertSameAsFromScratch(corpus, previous, SETTINGS);
    }

    private static RelatedIndex assertSameAsFromScratch(List<Article> corpus, TextAnalyses previous,
            RelatedSettings settings) {
        RelatedIndex fromScratch = RelatedIndex.build(corpus, settings);
        RelatedIndex takingOver = RelatedIndex.build(corpus, settings, previous);
        Map<String, List<String>> expected = fromScratch.all();
        assertThat(takingOver.all()).isEqualTo(expected);
        // the vectors themselves, not only the top of each list: same weights in the same order
        TextIndex a = fromScratch.corpus().text();
        TextIndex b = takingOver.corpus().text();
        assertThat(b.documentStart).isEqualTo(a.documentStart);
        assertThat(b.documentWeights).isEqualTo(a.documentWeights);
        assertThat(termsOf(b, takingOver)).isEqualTo(termsOf(a, fromScratch));
        return takingOver;
    }

    /** Each document's vector as term ranks among the terms in use: ranks of stale terms left out. */
    private static List<List<Integer>> termsOf(TextIndex text, RelatedIndex index) {
        // a term is in use if it has postings; its place among those is its rank without stale terms
        int terms = text.postingStart.length - 1;
        int[] placeInUse = new int[terms];
        int inUse = 0;
        for (int t = 0; t < terms; t++) {
            placeInUse[t] = text.postingStart[t + 1] > text.postingStart[t] ? inUse++ : -1;
        }
        List<List<Integer>> vectors = new ArrayList<>();
        for (int d = 0; d < index.corpus().size(); d++) {
            List<Integer> vector = new ArrayList<>();
            for (int i = text.documentStart[d]; i < text.documentStart[d + 1]; i++) {
                vector.add(placeInUse[text.documentTerms[i]]);
            }
            vectors.add(vector);
        }
        return vectors;
    }
}
