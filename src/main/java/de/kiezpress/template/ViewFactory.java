package de.kiezpress.template;

import de.kiezpress.config.BaseUrl;
import de.kiezpress.config.SiteConfig;
import de.kiezpress.content.Article;
import de.kiezpress.content.ArticleType;
import de.kiezpress.content.Attachment;
import de.kiezpress.content.ContentDate;
import de.kiezpress.content.Contact;
import de.kiezpress.content.Meeting;
import de.kiezpress.site.ListingPage;
import de.kiezpress.site.Site;
import de.kiezpress.site.Term;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns the site's records into the view records templates print: URLs prefixed, dates and sizes formatted. */
public final class ViewFactory {
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private final Site site;
    private final I18n i18n;
    private final BaseUrl baseUrl;
    private final SiteView siteView;

    /** @param liveReloadUrl the preview server's script, or null for a real build */
    public ViewFactory(Site site, I18n i18n, String liveReloadUrl) {
        this.site = site;
        this.i18n = i18n;
        this.baseUrl = site.config().baseUrl();
        SiteConfig config = site.config();
        var links = config.links();
        this.siteView = new SiteView(config.title(), config.description().orElse(null), config.language(),
                baseUrl.link("/"), baseUrl.link("/suche/"), baseUrl.link("/feed.xml"), baseUrl.link("/css/kiezpress.css"),
                config.publisher().name(),
                new SiteView.SiteLinksView(baseUrl.link(links.accessibility()), baseUrl.link(links.feedback()),
                        baseUrl.link(links.easyLanguage()), baseUrl.link(links.signLanguage()),
                        baseUrl.link(links.imprint()), baseUrl.link(links.privacy())),
                liveReloadUrl);
    }

    public SiteView site() {
        return siteView;
    }

    public I18n i18n() {
        return i18n;
    }

    public String link(String sitePath) {
        return baseUrl.link(sitePath);
    }

    public String absolute(String sitePath) {
        return baseUrl.absolute(sitePath);
    }

    public ItemView item(Article article) {
        Optional<ContentDate> date = article.date();
        return new ItemView(article.title(), link(article.url()), date.map(ContentDate::machineReadable).orElse(null),
                date.map(d -> i18n.longDate(d.date())).orElse(null), article.type().key(), typeLabel(article.type()),
                districtLink(article).orElse(null), article.summary(), foreignLanguage(article));
    }

    public List<ItemView> items(List<Article> articles) {
        return articles.stream().map(this::item).toList();
    }

    public ArticleView article(Article article) {
        var meta = article.meta();
        Optional<ContentDate> date = article.date();
        List<Link> topics = article.topics().stream()
                .map(name -> site.topic(name).flatMap(t -> t.url().map(url -> new Link(t.name(), link(url))))
                        .orElse(new Link(name, null)))
                .toList();
        return new ArticleView(article.title(), article.type().key(), typeLabel(article.type()),
                link(typeUrl(article.type())),
                date.map(ContentDate::machineReadable).orElse(null), date.map(d -> i18n.longDate(d.date())).orElse(null),
                meta.updated().map(ContentDate::machineReadable).orElse(null),
                meta.updated().map(d -> i18n.longDate(d.date())).orElse(null),
                districtLink(article).orElse(null), topics, article.html(), article.summary(),
                meta.image().map(i -> new ArticleView.ImageView(link(i.src()), i.alt(), i.caption().orElse(null))).orElse(null),
                meta.meeting().map(this::meeting).orElse(null),
                meta.attachments().stream().map(this::attachment).toList(),
                meta.source().map(s -> new Link(s.name(), s.url().orElse(null))).orElse(null),
                meta.contact().map(ViewFactory::contact).orElse(null),
                items(site.relatedTo(article)), foreignLanguage(article));
    }

    public ListingView listing(ListingPage page, Link feed) {
        return new ListingView(items(page.items()), pagination(page), feed);
    }

    public List<TermView> terms(List<Term> terms) {
        return terms.stream().map(t -> new TermView(t.name(), t.url().map(this::link).orElse(null), t.count())).toList();
    }

    public String typeLabel(ArticleType type) {
        return i18n.text("type." + type.key());
    }

    /** The listing of a type: {@code /pressemitteilungen/}, {@code /sitzungsberichte/}; pages go home. */
    public static String typeUrl(ArticleType type) {
        return type.isNews() ? "/" + type.folder() + "/" : "/";
    }

    /** The article's language when it is not the site's, for a {@code lang} attribute. */
    public String foreignLanguage(Article article) {
        return article.meta().lang().filter(l -> !l.equalsIgnoreCase(site.config().language())).orElse(null);
    }

    /** "240 KB", "1,2 MB", with the site language's decimal mark. */
    public String fileSize(long bytes) {
        if (bytes < 1024) {
            return i18n.text("file.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return i18n.text("file.size.kilobytes", Math.max(1, Math.round(bytes / 1024.0)));
        }
        return i18n.text("file.size.megabytes", String.format(i18n.locale(), "%.1f", bytes / (1024.0 * 1024.0)));
    }

    private ListingView.PaginationView pagination(ListingPage page) {
        if (page.totalPages() <= 1) {
            return null;
        }
        List<ListingView.PageNumber> numbers = new ArrayList<>();
        int last = page.totalPages();
        int previousShown = 0;
        for (int n = 1; n <= last; n++) {
            boolean show = n == 1 || n == last || Math.abs(n - page.number()) <= 1;
            if (!show) {
                continue;
            }
            if (n > previousShown + 1) {
                numbers.add(new ListingView.PageNumber(0, null, false));
            }
            numbers.add(new ListingView.PageNumber(n, link(page.listing().pageUrl(n)), n == page.number()));
            previousShown = n;
        }
        return new ListingView.PaginationView(page.number(), last, page.previousUrl().map(this::link).orElse(null),
                page.nextUrl().map(this::link).orElse(null), numbers);
    }

    private Optional<Link> districtLink(Article article) {
        return article.district().map(name -> site.district(name)
                .map(t -> new Link(t.name(), t.url().map(this::link).orElse(null)))
                .orElse(new Link(name, null)));
    }

    private ArticleView.MeetingView meeting(Meeting meeting) {
        String time = meeting.start().map(start -> meeting.end()
                        .map(end -> i18n.text("meeting.timeRange", HOUR_MINUTE.format(start), HOUR_MINUTE.format(end)))
                        .orElse(i18n.text("meeting.time", HOUR_MINUTE.format(start))))
                .orElse(null);
        String iso = meeting.start().map(start -> meeting.date() + "T" + HOUR_MINUTE.format(start))
                .orElse(meeting.date().toString());
        return new ArticleView.MeetingView(iso, i18n.longDate(meeting.date()), time, meeting.location().orElse(null),
                meeting.organiser().orElse(null), meeting.participants(), meeting.agenda());
    }

    private ArticleView.AttachmentView attachment(Attachment attachment) {
        String format = attachment.fileType().isEmpty() ? i18n.text("file.unknown") : attachment.fileType();
        return new ArticleView.AttachmentView(attachment.title(), link(attachment.href()), format,
                fileSize(attachment.sizeBytes()));
    }

    private static ArticleView.ContactView contact(Contact contact) {
        return new ArticleView.ContactView(contact.name(), contact.office().orElse(null), contact.email().orElse(null),
                contact.email().map(e -> "mailto:" + e).orElse(null), contact.phone().orElse(null),
                contact.phone().map(ViewFactory::telUrl).orElse(null));
    }

    /** {@code (030) 90299-1234} → {@code tel:+4930902991234}: digits only, German trunk prefix made international. */
    static String telUrl(String phone) {
        String digits = phone.replaceAll("[^0-9+]", "");
        if (digits.startsWith("00")) {
            digits = "+" + digits.substring(2);
        } else if (digits.startsWith("0")) {
            digits = "+49" + digits.substring(1);
        }
        return "tel:" + digits;
    }
}
