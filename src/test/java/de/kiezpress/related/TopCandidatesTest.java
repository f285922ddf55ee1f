package de.kiezpress.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TopCandidatesTest {

    /** Documents 0–9; the tie rank prefers higher indexes, to make it differ from the index order. */
    private static final int[] TIE_RANK = {9, 8, 7, 6, 5, 4, 3, 2, 1, 0};
    private static final double[] SCORES = {0.5, 0.9, 0.5, 0.1, 0.9, 0.7, 0.5, 0.3, 0.2, 0.9};

    @Test
    void keepsTheBestByScoreThenTieRankWhateverTheOrderOfOffers() {
        List<Integer> documents = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        for (int shuffle = 0; shuffle < 20; shuffle++) {
            Collections.shuffle(documents, new Random(shuffle));
            TopCandidates best = new TopCandidates(5, TIE_RANK);
            documents.forEach(document -> best.offer(document, SCORES[document]));

            assertThat(best.takeBestFirst()).containsExactly(9, 4, 1, 5, 6);
        }
    }

    @Test
    void saysWhetherAnOfferWasKept() {
        TopCandidates best = new TopCandidates(1, TIE_RANK);

        assertThat(best.offer(0, 0.5)).isTrue();
        assertThat(best.offer(1, 0.4)).isFalse();
        assertThat(best.offer(2, 0.5)).isTrue(); // same score, better tie rank
        assertThat(best.offer(3, 0.5)).isTrue();
        assertThat(best.contains(3)).isTrue();
        assertThat(best.contains(0)).isFalse();
    }

    @Test
    void keepsNothingWithNoRoom() {
        TopCandidates none = new TopCandidates(0, TIE_RANK);

        assertThat(none.offer(0, 1.0)).isFalse();
        assertThat(none.takeBestFirst()).isEmpty();
    }
}
