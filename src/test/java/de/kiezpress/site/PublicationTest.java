package de.kiezpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.content.ContentDate;
import de.kiezpress.content.FrontMatter;
import de.kiezpress.testing.Articles;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicationTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 26, 12, 0, 0, 0, Articles.BERLIN);

    @Test
    void publishesTodayButNotTomorrowUnlessFutureIsAsked() {
        FrontMatter today = meta("2026-11-26", false, null);
        FrontMatter tomorrow = meta("2026-11-27", false, null);

        assertThat(new Publication(NOW, false, false).publishes(today)).isTrue();
        assertThat(new Publication(NOW, false, false).publishes(tomorrow)).isFalse();
        assertThat(new Publication(NOW, false, true).publishes(tomorrow)).isTrue();
    }

    @Test
    void leavesDraftsOutUnlessAsked() {
        FrontMatter draft = meta("2022-01-01", true, null);

        assertThat(new Publication(NOW, false, false).publishes(draft)).isFalse();
        assertThat(new Publication(NOW, true, false).publishes(draft)).isTrue();
    }

    @Test
    void neverPublishesExpiredArticles() {
        FrontMatter expired = meta("2022-01-01", false, "2026-11-26");
        FrontMatter expiresLater = meta("2022-01-01", false, "2026-11-27");

        assertThat(new Publication(NOW, true, true).publishes(expired)).isFalse();
        assertThat(new Publication(NOW, false, false).publishes(expiresLater)).isTrue();
    }

    private static FrontMatter meta(String date, boolean draft, String expires) {
        FrontMatter base = Articles.news("/x/2022/a/", "A", date).meta();
        return new FrontMatter(base.title(), base.date(), base.type(), base.district(), base.topics(), base.summary(), draft,
                base.updated(), Optional.ofNullable(expires).map(e -> ContentDate.of(LocalDate.parse(e), Articles.BERLIN)),
                base.image(), base.source(), base.contact(), base.attachments(), base.meeting(), base.related(),
                base.aliases(), base.lang(), base.positions());
    }
}
