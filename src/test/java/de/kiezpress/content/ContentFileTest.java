package de.kiezpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentFileTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static ContentFile file(String slug, String url, String date) {
        Optional<ContentDate> contentDate = Optional.ofNullable(date).map(d -> ContentDate.of(LocalDate.parse(d), BERLIN));
        FrontMatter meta = new FrontMatter("T " + slug, contentDate, ArticleType.PRESS_RELEASE, Optional.empty(), List.of(),
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), List.of(), List.of(), Optional.empty(), Map.of());
        return new ContentFile("content/" + slug + ".md", Path.of("content", slug + ".md"), meta, slug, url, List.of(), "", 4);
    }

    @Test
    void sortsNewestFirstThenBySlugThenByUrlWithUndatedLast() {
        ContentFile undated = file("impressum", "/impressum/", null);
        ContentFile old = file("alt", "/pressemitteilungen/2021/alt/", "2021-01-01");
        ContentFile newB = file("b", "/pressemitteilungen/2022/b/", "2022-06-14");
        ContentFile newA2 = file("a", "/sitzungsberichte/2022/a/", "2022-06-14");
        ContentFile newA1 = file("a", "/pressemitteilungen/2022/a/", "2022-06-14");
        List<ContentFile> files = new ArrayList<>(List.of(undated, old, newB, newA2, newA1));

        for (int i = 0; i < 5; i++) {
            Collections.shuffle(files, new java.util.Random(i));
            files.sort(ContentFile.NEWEST_FIRST);
            assertThat(files).containsExactly(newA1, newA2, newB, old, undated);
        }
    }

    @Test
    void tellsWhereAKeyWasWrittenOrLineOneForAMissingKey() {
        FrontMatter meta = file("x", "/x/", "2022-06-14").meta();
        FrontMatter withPositions = new FrontMatter(meta.title(), meta.date(), meta.type(), meta.district(), meta.topics(),
                meta.summary(), meta.draft(), meta.updated(), meta.expires(), meta.image(), meta.source(), meta.contact(),
                meta.attachments(), meta.meeting(), meta.related(), meta.aliases(), meta.lang(),
                Map.of("related", de.kiezpress.diag.Position.of(7, 1)));

        assertThat(withPositions.positionOf("related")).isEqualTo(de.kiezpress.diag.Position.of(7, 1));
        assertThat(withPositions.positionOf("aliases")).isEqualTo(de.kiezpress.diag.Position.line(1));
    }
}
