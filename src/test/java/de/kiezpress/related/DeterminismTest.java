package de.kiezpress.related;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.bench.GermanCorpus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    static List<Article> generated(int count) {
        return new GermanCorpus(7).articles(count).stream()
                .map(a -> new Article("/" + a.slug() + "/", a.slug(), a.date(),
                        a.topics().stream().map(String::toLowerCase).toList(),
                        a.isCityWide() ? Optional.empty() : Optional.of(a.district()), a.plainText()))
                .toList();
    }

    @Test
    void givesTheSameResultsWhenBuiltTwice() {
        List<Article> corpus = generated(600);

        Map<String, List<String>> first = RelatedIndex.build(corpus, RelatedSettings.defaults()).all();
        Map<String, List<String>> second = RelatedIndex.build(corpus, RelatedSettings.defaults()).all();

        assertThat(second).isEqualTo(first);
        assertThat(first.values()).allSatisfy(related -> assertThat(related).hasSize(5));
    }

    @Test
    void givesTheSameResultsWhateverTheOrderOfTheDocuments() {
        List<Article> corpus = generated(600);
        List<Article> shuffled = new ArrayList<>(corpus);
        Collections.shuffle(shuffled, new Random(3));

        Map<String, List<String>> inOrder = RelatedIndex.build(corpus, RelatedSettings.defaults()).all();
        Map<String, List<String>> outOfOrder = RelatedIndex.build(shuffled, RelatedSettings.defaults()).all();

        assertThat(outOfOrder).isEqualTo(inOrder);
    }

    @Test
    void givesTheSameResultsToManyThreadsAskingAtOnce() {
        List<Article> corpus = generated(300);
        RelatedIndex index = RelatedIndex.build(corpus, RelatedSettings.defaults());
        Map<String, List<String>> all = index.all();

        Map<String, List<String>> oneByOne = new ConcurrentHashMap<>();
        corpus.parallelStream().forEach(article -> oneByOne.put(article.id(), index.relatedTo(article.id())));

        assertThat(oneByOne).isEqualTo(all);
    }

    @Test
    void givesTheSameResultOneByOneAsAllAtOnce() {
        List<Article> corpus = generated(300);
        RelatedIndex index = RelatedIndex.build(corpus, RelatedSettings.defaults());

        Map<String, List<String>> all = index.all();

        assertThat(corpus).allSatisfy(article -> assertThat(index.relatedTo(article.id())).isEqualTo(all.get(article.id())));
    }
}
