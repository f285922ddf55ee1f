package de.kiezpress.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The small helpers of content loading: time ranges, file type labels, alias paths. */
class SmallPartsTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "10:00              | 10:00 |",
        "9:30 Uhr           | 09:30 |",
        "10:00–13:00        | 10:00 | 13:00",
        "10:00 - 13:00 Uhr  | 10:00 | 13:00",
        "10:00 Uhr bis 13:30 Uhr | 10:00 | 13:30",
        "18:00-20:00        | 18:00 | 20:00",
    })
    void readsMeetingTimesAndRanges(String text, LocalTime start, LocalTime end) {
        assertThat(Dates.parseTimeRange(text)).contains(new Dates.TimeRange(start, Optional.ofNullable(end)));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"nachmittags", "24:00", "10:60", "10", "10:00–25:00", "10.00 Uhr", "10:00 bis"})
    void refusesWhatIsNotATimeOrRange(String text) {
        assertThat(Dates.parseTimeRange(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"protokoll.pdf, PDF", "PLAN.XLSX, Excel", "brief.docx, Word", "daten.csv, CSV", "karte.geojson, GEOJSON",
        "ohne-endung, ''", "archiv.tar.gz, GZ"})
    void namesFileTypesTheWayReadersKnowThem(String name, String label) {
        assertThat(FileTypes.labelOf(name)).isEqualTo(label);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "/alt/meldung/,            /alt/meldung/",
        "/alt/meldung,             /alt/meldung/",
        "/alt/meldung.html,        /alt/meldung.html",
        "/alt/meldung.htm,         /alt/meldung.htm",
        "'  /alt/  ',              /alt/",
        "/alt/stra%C3%9Fe/,        /alt/straße/",
        "/alt/a+b/,                /alt/a+b/",
        "/alt/..meldung/,          /alt/..meldung/",
    })
    void acceptsOldPathsOnThisSite(String written, String path) {
        assertThat(AliasPaths.normalise(written)).contains(path);
    }
}
