package de.kiezpress.site;

import de.kiezpress.content.Article;
import de.kiezpress.content.ContentFile;
import de.kiezpress.content.Ref;
import de.kiezpress.diag.Diagnostics;
import de.kiezpress.diag.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves the slugs of {@code related:} to published articles. An unknown slug is reported at its
 * line; a slug of an article this build leaves out (a draft, say) is skipped quietly; a slug
 * several articles share means the newest of them.
 */
final class ManualRelated {
    private final List<Article> published;
    private final List<ContentFile> loaded;
    /** Made when the first article names others (most name none). */
    private Map<String, Article> newestBySlug;
    private Set<String> allSlugs;

    /**
     * @param published newest first
     * @param loaded    every loaded file, published or not
     */
    ManualRelated(List<Article> published, List<ContentFile> loaded) {
        this.published = published;
        this.loaded = loaded;
    }

    List<Article> of(Article article, Diagnostics diagnostics) {
        if (article.meta().related().isEmpty()) {
            return List.of();
        }
        if (newestBySlug == null) {
            newestBySlug = new HashMap<>();
            published.forEach(a -> newestBySlug.putIfAbsent(a.slug(), a));
            allSlugs = new TreeSet<>();
            loaded.forEach(f -> allSlugs.add(f.slug()));
        }
        Set<Article> found = new LinkedHashSet<>();
        for (Ref ref : article.meta().related()) {
            Article target = newestBySlug.get(ref.value());
            if (target == null && !allSlugs.contains(ref.value())) {
                diagnostics.warning(article.sourcePath(), ref.position(), "related: no article has the slug \"" + ref.value() + "\"",
                        Suggestions.didYouMean(ref.value(), allSlugs));
            } else if (target != null && target != article) {
                found.add(target);
            }
        }
        return new ArrayList<>(found);
    }
}
