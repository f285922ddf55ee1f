package de.kiezpress.testing;

import de.kiezpress.content.Article;
import de.kiezpress.content.ArticleType;
import de.kiezpress.content.ContentDate;
import de.kiezpress.content.ContentFile;
import de.kiezpress.content.FrontMatter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Articles made in memory, for tests of the stages after loading. */
public final class Articles {
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private Articles() {
    }

    public static Article news(String url, String title, String date) {
        return article(ArticleType.PRESS_RELEASE, url, title, date, Optional.empty(), List.of());
    }

    public static Article article(ArticleType type, String url, String title, String date, Optional<String> district,
                                  List<String> topics) {
        FrontMatter meta = new FrontMatter(title, Optional.ofNullable(date).map(d -> ContentDate.of(LocalDate.parse(d), BERLIN)),
                type, district, topics, Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), List.of(), List.of(), Optional.empty(), Map.of());
        String slug = url.replaceAll(".*/([^/]+)/$", "$1");
        ContentFile file = new ContentFile("content/" + slug + ".md", Path.of("/content/" + slug + ".md"), meta, slug, url,
                List.of(), "Text.", 5);
        return new Article(file, "<p>Text zu " + title.replace("<", "&lt;") + ".</p>", "Zusammenfassung von " + title, Map.of(),
                "Text zu " + title + ".");
    }

    /** The same article with another body text (for related articles). */
    public static Article withText(Article article, String text) {
        return new Article(article.file(), "<p>" + text + "</p>", article.summary(), article.sourceMap(), text);
    }

    /** The same article with {@code related:} slugs. */
    public static Article withRelated(Article article, String... slugs) {
        FrontMatter m = article.meta();
        List<de.kiezpress.content.Ref> refs = java.util.Arrays.stream(slugs)
                .map(slug -> new de.kiezpress.content.Ref(slug, de.kiezpress.diag.Position.of(7, 3))).toList();
        FrontMatter meta = new FrontMatter(m.title(), m.date(), m.type(), m.district(), m.topics(), m.summary(), m.draft(),
                m.updated(), m.expires(), m.image(), m.source(), m.contact(), m.attachments(), m.meeting(), refs,
                m.aliases(), m.lang(), m.positions());
        ContentFile f = article.file();
        return new Article(new ContentFile(f.sourcePath(), f.file(), meta, f.slug(), f.url(), f.resources(), f.markdown(),
                f.bodyLine()), article.html(), article.summary(), article.sourceMap(), article.text());
    }
}
