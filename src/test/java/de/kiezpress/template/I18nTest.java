package de.kiezpress.template;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.diag.Diagnostics;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class I18nTest {
    private final Diagnostics diagnostics = new Diagnostics();
    private final I18n german = new I18n("de", Map.of("greeting", "Hallo {0}, Seite {1}", "count.one", "{0} Beitrag",
            "count.other", "{0} Beiträge", "date.long", "d. MMMM uuuu"), diagnostics, "themes/default/i18n/de.yaml");

    @Test
    void fillsPlaceholders() {
        assertThat(german.text("greeting", "Berlin", 2)).isEqualTo("Hallo Berlin, Seite 2");
    }

    @Test
    void choosesTheSingularOrPluralForm() {
        assertThat(german.text("count", 1)).isEqualTo("1 Beitrag");
        assertThat(german.text("count", 0)).isEqualTo("0 Beiträge");
        assertThat(german.text("count", 7)).isEqualTo("7 Beiträge");
    }

    @Test
    void formatsDatesInGermanLongForm() {
        assertThat(german.longDate(LocalDate.of(2022, 6, 14))).isEqualTo("14. Juni 2022");
        assertThat(german.longDate(LocalDate.of(2022, 3, 1))).isEqualTo("1. März 2022");
    }

    @Test
    void reportsAMissingStringOnceAndShowsItsKey() {
        assertThat(german.text("fehlt")).isEqualTo("[fehlt]");
        german.text("fehlt");

        assertThat(diagnostics.sorted()).extracting(d -> d.format()).containsExactly(
                "themes/default/i18n/de.yaml: warning: the string \"fehlt\" is missing (add it to the theme's i18n/de.yaml)");
    }
}
