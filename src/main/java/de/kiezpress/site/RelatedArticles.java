package de.kiezpress.site;

import de.kiezpress.config.RelatedConfig;
import de.kiezpress.content.Article;
import de.kiezpress.content.ContentFile;
import de.kiezpress.diag.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The related articles of each published news article: those named in {@code related:} first,
 * then the best-ranked others, up to {@code related.count}.
 */
public final class RelatedArticles {
    private static final int DEFAULT_COUNT = 5;

    private RelatedArticles() {
    }

    /**
     * @param published every published article
     * @param loaded    every loaded file (to tell unknown slugs from unpublished ones)
     */
    public static Map<String, List<Article>> compute(List<Article> published, List<ContentFile> loaded,
                                                     RelatedConfig config, Diagnostics diagnostics) {
        int count = config.count().orElse(DEFAULT_COUNT);
        List<Article> news = published.stream().filter(a -> a.type().isNews()).sorted(Article.NEWEST_FIRST).toList();
        ManualRelated manual = new ManualRelated(news, loaded);
        Map<String, List<Article>> related = new HashMap<>();
        for (Article article : news) {
            List<Article> list = new ArrayList<>(manual.of(article, diagnostics));
            related.put(article.url(), List.copyOf(list.subList(0, Math.min(count, list.size()))));
        }
        return related;
    }
}
