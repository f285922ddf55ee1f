package de.kiezpress.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RelatedSettingsTest {

    /** The defaults with one value replaced, by the position of its record component. */
    private static RelatedSettings defaultsWith(int component, Object value) {
        RelatedSettings d = RelatedSettings.defaults();
        Object[] values = {d.count(), d.topicWeight(), d.districtWeight(), d.textWeight(), d.recencyWeight(),
                d.recencyHalfLifeDays(), d.maxDocumentFrequency(), d.documentFrequencyFloor(), d.termsPerDocument(),
                d.maxTextLength()};
        values[component] = value;
        return new RelatedSettings((int) values[0], (double) values[1], (double) values[2], (double) values[3],
                (double) values[4], (int) values[5], (double) values[6], (int) values[7], (int) values[8],
                (int) values[9]);
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("count", 0, -1),
                Arguments.of("topicWeight", 1, -0.5),
                Arguments.of("districtWeight", 2, Double.NaN),
                Arguments.of("textWeight", 3, Double.POSITIVE_INFINITY),
                Arguments.of("recencyWeight", 4, -1.0),
                Arguments.of("recencyHalfLifeDays", 5, 0),
                Arguments.of("maxDocumentFrequency", 6, 0.0),
                Arguments.of("maxDocumentFrequency", 6, 1.5),
                Arguments.of("documentFrequencyFloor", 7, -1),
                Arguments.of("termsPerDocument", 8, 0),
                Arguments.of("maxTextLength", 9, 0));
    }

    @ParameterizedTest(name = "{0} = {2}")
    @MethodSource("badValues")
    void rejectsABadValueNamingIt(String name, int component, Object value) {
        assertThatThrownBy(() -> defaultsWith(component, value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(name + " must be")
                .hasMessageContaining(String.valueOf(value));
    }

    @Test
    void acceptsTheEdgesOfTheValidRanges() {
        RelatedSettings edges = new RelatedSettings(0, 0, 0, 0, 0, 1, 1.0, 0, 1, 1);

        assertThat(edges.count()).isZero();
    }

    @Test
    void changesOnlyTheCountWithCount() {
        RelatedSettings three = RelatedSettings.defaults().withCount(3);

        assertThat(three.count()).isEqualTo(3);
        assertThat(three.withCount(RelatedSettings.defaults().count())).isEqualTo(RelatedSettings.defaults());
    }

    @Test
    void hasDefaultsThatFavourTextAndTopicsOverDistrictAndTime() {
        RelatedSettings defaults = RelatedSettings.defaults();

        assertThat(defaults.count()).isEqualTo(5);
        assertThat(defaults.districtWeight()).isLessThan(defaults.topicWeight()).isLessThan(defaults.textWeight());
        assertThat(defaults.recencyWeight()).isLessThanOrEqualTo(0.25);
    }
}
