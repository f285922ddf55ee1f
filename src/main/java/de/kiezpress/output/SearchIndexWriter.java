package de.kiezpress.output;

import de.kiezpress.config.BaseUrl;
import de.kiezpress.content.Article;
import de.kiezpress.content.ArticleType;
import de.kiezpress.template.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes /suche/index.json: one compact row per published article (title, URL, date, type,
 * district, topics, summary), field names given once, so the file stays small for the browser.
 */
public final class SearchIndexWriter {
    /** The order of the values in every row. */
    public static final List<String> FIELDS = List.of("title", "url", "date", "type", "district", "topics", "summary");

    private SearchIndexWriter() {
    }

    public static String write(List<Article> news, BaseUrl base, Function<ArticleType, String> typeLabel) {
        Map<String, Object> types = new LinkedHashMap<>();
        for (ArticleType type : ArticleType.news()) {
            types.put(type.key(), typeLabel.apply(type));
        }
        List<Object> rows = new ArrayList<>(news.size());
        for (Article article : news) {
            List<Object> row = new ArrayList<>(FIELDS.size());
            row.add(article.title());
            row.add(base.link(article.url()));
            row.add(article.date().map(d -> d.date().toString()).orElse(""));
            row.add(article.type().key());
            row.add(article.district().orElse(""));
            row.add(article.topics());
            row.add(article.summary());
            rows.add(row);
        }
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("fields", FIELDS);
        index.put("types", types);
        index.put("items", rows);
        return Json.write(index) + "\n";
    }
}
