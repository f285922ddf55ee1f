package de.kiezpress.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GermanCorpusTest {

    private static final List<GermanCorpus.Article> ARTICLES = new GermanCorpus(11).articles(300);

    private static int words(GermanCorpus.Article article) {
        return article.paragraphs().stream().mapToInt(paragraph -> paragraph.split("\\s+").length).sum();
    }

    @Test
    void generatesTheSameArticleForTheSameSeedAndIndex() {
        GermanCorpus corpus = new GermanCorpus(11);

        assertThat(corpus.article(42)).isEqualTo(ARTICLES.get(42)).isEqualTo(new GermanCorpus(11).article(42));
        assertThat(new GermanCorpus(12).article(42)).isNotEqualTo(ARTICLES.get(42));
    }

    @Test
    void writesPressReleasesOfThreeToNineHundredWords() {
        // A quote adds its speaker ("sagt die Bezirksstadträtin") to the drawn words.
        assertThat(ARTICLES).allSatisfy(article -> assertThat(words(article)).isBetween(300, 910));
        assertThat(ARTICLES.stream().mapToInt(GermanCorpusTest::words).max().getAsInt()).isGreaterThan(800);
    }

    @Test
    void spreadsArticlesOverDistrictsTopicsAndYears() {
        assertThat(ARTICLES).allSatisfy(article -> {
            assertThat(article.district()).isIn(concat(GermanVocabulary.DISTRICTS, GermanVocabulary.CITY));
            assertThat(article.topics()).hasSizeBetween(1, 4).doesNotHaveDuplicates()
                    .allSatisfy(topic -> assertThat(GermanVocabulary.TOPICS).containsKey(topic));
            assertThat(article.date()).isBetween(LocalDate.of(2018, 1, 1), LocalDate.of(2025, 12, 31));
        });
        assertThat(ARTICLES.stream().map(GermanCorpus.Article::district).distinct()).hasSize(13);
        assertThat(ARTICLES.stream().map(article -> article.date().getYear()).distinct()).hasSize(8);
    }

    @Test
    void writesGermanWithUmlautsAndSharpS() {
        String text = String.join(" ", ARTICLES.stream().map(GermanCorpus.Article::plainText).toList());

        assertThat(text).contains("ä", "ö", "ü", "ß", "„");
    }

    @Test
    void givesEveryArticleItsOwnSlug() {
        assertThat(ARTICLES.stream().map(GermanCorpus.Article::slug)).doesNotHaveDuplicates()
                .allSatisfy(slug -> assertThat(slug).matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void spellsOutUmlautsInSlugs() {
        assertThat(GermanCorpus.slug("Grünflächen in Köpenick: Straßenbäume")).isEqualTo("gruenflaechen-in-koepenick-strassenbaeume");
    }

    private static List<String> concat(List<String> list, String last) {
        String[] all = Arrays.copyOf(list.toArray(new String[0]), list.size() + 1);
        all[list.size()] = last;
        return List.of(all);
    }
}
