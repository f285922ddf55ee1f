package de.kiezpress.build;

import de.kiezpress.content.Article;
import de.kiezpress.content.ContentDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts the news of a build in the order the site shows them ({@link Article#NEWEST_FIRST}) once,
 * with each article's moment worked out once instead of twice in every comparison: the steps
 * after it sort the news again, and a sorted list takes a stable sort one comparison per article.
 */
final class NewsOrder {
    private NewsOrder() {
    }

    /** The news newest first as {@link Article#NEWEST_FIRST} orders them, then the other articles as they came. */
    static List<Article> newsFirst(List<Article> articles) {
        List<Dated> news = new ArrayList<>();
        List<Article> others = new ArrayList<>();
        for (Article article : articles) {
            if (article.type().isNews()) {
                ZonedDateTime moment = article.date().map(ContentDate::zoned).orElse(null);
                news.add(new Dated(article, moment, moment == null ? 0 : moment.toEpochSecond()));
            } else {
                others.add(article);
            }
        }
        // stable, like the sorts after it, so articles that compare equal keep their order
        news.sort(NEWEST_FIRST);
        List<Article> sorted = new ArrayList<>(articles.size());
        news.forEach(dated -> sorted.add(dated.article()));
        sorted.addAll(others);
        return sorted;
    }

    private record Dated(Article article, ZonedDateTime moment, long epochSecond) {
    }

    /**
     * {@link Article#NEWEST_FIRST}: moments newer first (by {@link ZonedDateTime#compareTo}, whose
     * first key is the epoch second, compared here without working it out again), none last, then
     * slug, then URL.
     */
    private static final Comparator<Dated> NEWEST_FIRST = (left, right) -> {
        if (left.moment() == null || right.moment() == null) {
            if (left.moment() != right.moment()) {
                return left.moment() == null ? 1 : -1;
            }
        } else {
            int bySecond = Long.compare(right.epochSecond(), left.epochSecond());
            if (bySecond != 0) {
                return bySecond;
            }
            int byMoment = right.moment().compareTo(left.moment());
            if (byMoment != 0) {
                return byMoment;
            }
        }
        int bySlug = left.article().slug().compareTo(right.article().slug());
        return bySlug != 0 ? bySlug : left.article().url().compareTo(right.article().url());
    };
}
