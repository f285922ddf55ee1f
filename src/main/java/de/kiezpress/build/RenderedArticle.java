package de.kiezpress.build;

import de.kiezpress.content.Article;
import de.kiezpress.content.ContentFile;
import de.kiezpress.diag.Diagnostic;
import java.util.List;

/**
 * An article with the file it was rendered from and the problems its Markdown had: a later build
 * takes it over when that file, the Markdown options and the link targets are all as they were.
 */
public record RenderedArticle(ContentFile input, Article article, List<Diagnostic> diagnostics) {
    public RenderedArticle {
        diagnostics = List.copyOf(diagnostics);
    }
}
