package de.kiezpress.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RecencyTableTest {

    private final RecencyTable table = new RecencyTable(0.2, 365, 5_000);

    @Test
    void addsTheFullWeightOnTheSameDay() {
        assertThat(table.factor(0)).isEqualTo(1.2);
    }

    @Test
    void halvesTheBonusEveryHalfLife() {
        assertThat(table.factor(365)).isCloseTo(1.1, within(1e-12));
        assertThat(table.factor(730)).isCloseTo(1.05, within(1e-12));
    }

    @Test
    void treatsEarlierAndLaterAlike() {
        assertThat(table.factor(-100)).isEqualTo(table.factor(100));
    }

    @Test
    void neverGrowsWithTheDistanceEvenBeyondTheTable() {
        for (int days = 0; days < 10_000; days++) {
            assertThat(table.factor(days + 1)).isLessThanOrEqualTo(table.factor(days));
        }
        assertThat(table.factor(1_000_000)).isEqualTo(table.factor(5_000)).isGreaterThanOrEqualTo(1);
    }
}
