package de.kiezpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.content.Article;
import de.kiezpress.content.ArticleType;
import de.kiezpress.content.ContentDate;
import de.kiezpress.content.ContentFile;
import de.kiezpress.content.FrontMatter;
import de.kiezpress.testing.Articles;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NewsOrderTest {

    @Test
    void ordersTheNewsExactlyAsNewestFirstDoesAndKeepsTheOtherArticlesAsTheyCame() {
        List<Article> articles = new ArrayList<>();
        // the same day with and without a time of day, in other zones, the hour that comes twice in autumn
        ContentDate[] dates = {day("2024-03-01", null, Articles.BERLIN), day("2024-03-01", "09:30", Articles.BERLIN),
                day("2024-03-01", "08:30", ZoneId.of("UTC")), day("2024-03-01", "09:30", ZoneId.of("UTC")),
                day("2024-02-29", "23:00", ZoneId.of("UTC")), day("2023-12-31", null, Articles.BERLIN),
                day("2024-10-27", "02:30", Articles.BERLIN), day("2024-10-27", "01:30", ZoneId.of("UTC")), null};
        Random random = new Random(5);
        for (int i = 0; i < 200; i++) {
            ContentDate date = dates[random.nextInt(dates.length)];
            ArticleType type = i % 7 == 0 ? ArticleType.PAGE : i % 2 == 0 ? ArticleType.PRESS_RELEASE
                    : ArticleType.MEETING_REPORT;
            // few slugs and URLs, so that ties go on to them
            String url = "/" + type.name().toLowerCase() + "/" + random.nextInt(30) + "/";
            articles.add(withDate(Articles.article(type, url, "Titel " + i, null, Optional.empty(), List.of()), date));
        }
        Collections.shuffle(articles, random);

        List<Article> ordered = NewsOrder.newsFirst(articles);

        List<Article> news = articles.stream().filter(a -> a.type().isNews()).sorted(Article.NEWEST_FIRST).toList();
        List<Article> others = articles.stream().filter(a -> !a.type().isNews()).toList();
        assertThat(ordered.subList(0, news.size())).containsExactlyElementsOf(news);
        assertThat(ordered.subList(news.size(), ordered.size())).containsExactlyElementsOf(others);
    }

    private static ContentDate day(String date, String time, ZoneId zone) {
        return new ContentDate(LocalDate.parse(date), Optional.ofNullable(time).map(LocalTime::parse), zone);
    }

    private static Article withDate(Article article, ContentDate date) {
        FrontMatter m = article.meta();
        FrontMatter meta = new FrontMatter(m.title(), Optional.ofNullable(date), m.type(), m.district(), m.topics(),
                m.summary(), m.draft(), m.updated(), m.expires(), m.image(), m.source(), m.contact(), m.attachments(),
                m.meeting(), m.related(), m.aliases(), m.lang(), m.positions());
        ContentFile f = article.file();
        return new Article(new ContentFile(f.sourcePath(), f.file(), meta, f.slug(), f.url(), f.resources(), f.markdown(),
                f.bodyLine()), article.html(), article.summary(), article.sourceMap(), article.text());
    }
}
