package de.kiezpress.related;

import static org.assertj.core.api.Assertions.assertThat;

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
        RelatedIndex index = RelatedIndex.build(CORPUS, settings);
        ReferenceRanking reference = new ReferenceRanking(index);

        Map<String, List<String>> all = index.all();

        IntStream.range(0, CORPUS.size()).forEach(d -> {
            List<String> expected = reference.ranking(d).stream().limit(settings.count())
                    .map(scored -> CORPUS.get(scored.document()).id()).toList();
            assertThat(all.get(CORPUS.get(d).id())).as("related to %s", CORPUS.get(d).id()).isEqualTo(expected);
        });
    }
}
