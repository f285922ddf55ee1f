package de.kiezpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentDateTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static ContentDate at(String date, String time) {
        return new ContentDate(LocalDate.parse(date), Optional.of(LocalTime.parse(time)), BERLIN);
    }

    @Test
    void printsADateWithoutTimeAsTheDateAlone() {
        ContentDate date = ContentDate.of(LocalDate.of(2022, 6, 14), BERLIN);

        assertThat(date.machineReadable()).isEqualTo("2022-06-14");
        assertThat(date.year()).isEqualTo(2022);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "2022-06-14, 10:00,    2022-06-14T10:00:00+02:00",
        "2022-01-14, 10:00,    2022-01-14T10:00:00+01:00",
        "2022-12-31, 23:59:59, 2022-12-31T23:59:59+01:00",
        // the last Sunday of March: 02:00 jumps to 03:00, so 02:30 does not exist and becomes 03:30 summer time
        "2022-03-27, 01:59,    2022-03-27T01:59:00+01:00",
        "2022-03-27, 02:30,    2022-03-27T03:30:00+02:00",
        "2022-03-27, 03:00,    2022-03-27T03:00:00+02:00",
        // the last Sunday of October: 02:30 happens twice; the earlier (summer time) one is meant
        "2022-10-30, 02:30,    2022-10-30T02:30:00+02:00",
        "2022-10-30, 03:00,    2022-10-30T03:00:00+01:00",
    })
    void printsADateWithTimeWithTheBerlinOffsetOfThatDay(String date, String time, String expected) {
        assertThat(at(date, time).machineReadable()).isEqualTo(expected);
        assertThat(at(date, time).rfc3339()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2022-06-14, 2022-06-14T00:00:00+02:00",
        "2022-01-14, 2022-01-14T00:00:00+01:00",
        "2022-03-27, 2022-03-27T00:00:00+01:00",
        "2022-10-30, 2022-10-30T00:00:00+02:00",
    })
    void givesADateWithoutTimeTheStartOfItsDayForFeeds(String date, String expected) {
        assertThat(ContentDate.of(LocalDate.parse(date), BERLIN).rfc3339()).isEqualTo(expected);
    }

    @Test
    void comparesByTheMomentInTime() {
        ContentDate morning = at("2022-06-14", "09:00");
        ContentDate dayOnly = ContentDate.of(LocalDate.of(2022, 6, 14), BERLIN);
        ContentDate sameMomentInLondon = new ContentDate(LocalDate.of(2022, 6, 14), Optional.of(LocalTime.of(8, 0)),
                ZoneId.of("Europe/London"));

        assertThat(dayOnly).isLessThan(morning);
        assertThat(morning).isGreaterThan(at("2022-06-13", "23:59"));
        assertThat(morning.compareTo(sameMomentInLondon)).isZero();
        assertThat(morning).isNotEqualTo(sameMomentInLondon);
    }
}
