package de.kiezpress.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scorer skips most candidates by bounds and walks timelines only part of the way; these
 * tests compare every result with a brute-force ranking of all pairs.
 */
class PruningTest {

    private static final List<Article> CORPUS = DeterminismTest.generated(400);
    /** The same with a rare topic added to every other article: 110 topics, beyond the signature's 63. */
    private static final List<Article> MANY_TOPICS = IntStream.range(0, CORPUS.size())
            .mapToObj(d -> d % 2 == 0 ? CORPUS.get(d) : withTopic(CORPUS.get(d), "selten " + d % 70))
            .toList();

    private static Article withTopic(Article article, String topic) {
        List<String> topics = new ArrayList<>(article.topics());
        topics.add(topic);
        return article.about(topics.toArray(String[]::new));
    }

    static Stream<Arguments> settings() {
        RelatedSettings d = RelatedSettings.defaults();
        return Stream.of(
                Arguments.of("defaults", d),
                Arguments.of("ten related", d.withCount(10)),
                Arguments.of("no recency", new RelatedSettings(5, 1, 0.3, 2, 0, 365, 0.1, 10, 32, 4000)),
                Arguments.of("strong recency", new RelatedSettings(5, 1, 0.3, 2, 3, 30, 0.1, 10, 32, 4000)),
                Arguments.of("district only", new RelatedSettings(5, 0, 1, 0, 0.2, 365, 0.1, 10, 32, 4000)),
                Arguments.of("topics only", new RelatedSettings(5, 1, 0, 0, 0.2, 365, 0.1, 10, 32, 4000)),
                Arguments.of("text only", new RelatedSettings(5, 0, 0, 1, 0.2, 365, 0.1, 10, 32, 4000)),
                Arguments.of("district dominates", new RelatedSettings(7, 0.5, 3, 0.5, 0.2, 365, 0.1, 10, 32, 4000)),
                Arguments.of("few terms", new RelatedSettings(5, 1, 0.3, 2, 0.2, 365, 0.02, 0, 8, 1000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("settings")
    void findsExactlyWhatComparingAllPairsFinds(String name, RelatedSettings settings) {
        assertSameAsReference(CORPUS, settings);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("settings")
    void findsExactlyWhatComparingAllPairsFindsWithMoreTopicsThanTheSignatureHolds(String name, RelatedSettings settings) {
        assertSameAsReference(MANY_TOPICS, settings);
    }

    private static void assertSameAsReference(List<Article> corpus, RelatedSettings settings) {
        RelatedIndex index = RelatedIndex.build(corpus, settings);
        ReferenceRanking reference = new ReferenceRanking(index);

        Map<String, List<String>> all = index.all();

        IntStream.range(0, corpus.size()).forEach(d -> {
            List<String> expected = reference.ranking(d).stream().limit(settings.count())
                    .map(scored -> corpus.get(scored.document()).id()).toList();
            assertThat(all.get(corpus.get(d).id())).as("related to %s", corpus.get(d).id()).isEqualTo(expected);
        });
    }
}
