package de.kiezpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.content.Article;
import de.kiezpress.output.SearchIndexWriter;
import de.kiezpress.template.ItemView;
import de.kiezpress.testing.Articles;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The preview makes a listing again only when the teaser of one of its articles changed. These
 * tests fail when a listing starts to show more of an article than {@link Teaser} holds: then
 * add it to Teaser (and to this list).
 */
class TeaserTest {
    @Test
    void holdsEverythingAListedItemShows() {
        assertThat(Arrays.stream(ItemView.class.getRecordComponents()).map(RecordComponent::getName))
                .as("ItemView changed: does Teaser still hold everything it shows?")
                .containsExactly("title", "url", "dateIso", "dateText", "type", "typeLabel", "district", "summary", "lang");
    }

    @Test
    void holdsEverythingTheSearchIndexShows() {
        assertThat(SearchIndexWriter.FIELDS).as("the search index changed: does Teaser still hold all of it?")
                .containsExactly("title", "url", "date", "type", "district", "topics", "summary");
    }

    @Test
    void changesWithTheTitleButNotWithTheBody() {
        Article article = Articles.news("/pressemitteilungen/2022/a/", "A", "2022-06-14");
        Article newBody = new Article(article.file(), "<p>Ganz anderer Text.</p>", article.summary(), article.sourceMap(), "Ganz anderer Text.");
        Article newTitle = Articles.news("/pressemitteilungen/2022/a/", "B", "2022-06-14");

        assertThat(Teaser.of(newBody)).isEqualTo(Teaser.of(article));
        assertThat(Teaser.of(newTitle)).isNotEqualTo(Teaser.of(article));
        assertThat(Teaser.input("content/a.md")).isEqualTo("teaser:content/a.md");
    }
}
