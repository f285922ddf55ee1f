package de.kiezpress.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.config.BaseUrl;
import de.kiezpress.content.ArticleType;
import de.kiezpress.content.ContentFile;
import de.kiezpress.content.FrontMatter;
import de.kiezpress.content.Resource;
import de.kiezpress.diag.Diagnostic;
import de.kiezpress.diag.Diagnostics;
import de.kiezpress.diag.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {
    private static final String FILE = "content/pressemitteilungen/2022-06-14-kiezfest.md";
    private static final String URL = "/pressemitteilungen/2022/kiezfest/";
    /** The body starts on line 5 of the file, after four lines of front matter. */
    private static final int BODY_LINE = 5;
    private static final BaseUrl BASE = BaseUrl.parse("https://example.org/sozialraum/").orElseThrow();

    @TempDir
    Path site;
    Path contentRoot;
    Path markdownFile;
    final Map<Path, LinkTargets.Target> targets = new HashMap<>();
    final Diagnostics diagnostics = new Diagnostics();

    @BeforeEach
    void setUp() throws IOException {
        contentRoot = site.resolve("content");
        markdownFile = contentRoot.resolve("pressemitteilungen/2022-06-14-kiezfest.md");
        Files.createDirectories(markdownFile.getParent());
    }

    private MarkdownRenderer renderer(boolean unsafeHtml) {
        return new MarkdownRenderer(new MarkdownOptions(BASE, unsafeHtml, "Zurück zum Text", Set.of("inhalt", "main"), 60),
                contentRoot);
    }

    private RenderedMarkdown render(String markdown) {
        return render(markdown, false);
    }

    private RenderedMarkdown render(String markdown, boolean unsafeHtml) {
        FrontMatter meta = new FrontMatter("Kiezfest", Optional.empty(), ArticleType.PRESS_RELEASE, Optional.empty(),
                List.of(), Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), List.of(), List.of(), Optional.empty(), Map.of());
        ContentFile file = new ContentFile(FILE, markdownFile, meta, "kiezfest", URL, List.of(), markdown, BODY_LINE);
        return renderer(unsafeHtml).render(file, path -> Optional.ofNullable(targets.get(path)), diagnostics);
    }

    private static Element body(RenderedMarkdown rendered) {
        return Jsoup.parseBodyFragment(rendered.html()).body();
    }

    private List<String> messages() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    private void write(String path, String text) throws IOException {
        Path file = contentRoot.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    // --- typography ----------------------------------------------------------------------------

    @Test
    void setsGermanDoubleAndSingleQuotesAndApostrophes() {
        RenderedMarkdown rendered = render("Sie sagte \"Hallo\" und 'Tschüss', so geht's.");

        assertThat(body(rendered).text()).isEqualTo("Sie sagte „Hallo“ und ‚Tschüss‘, so geht’s.");
        assertThat(rendered.firstParagraph()).isEqualTo("Sie sagte „Hallo“ und ‚Tschüss‘, so geht’s.");
    }

    @Test
    void keepsGermanQuotesAlreadyTyped() {
        assertThat(body(render("„Kiez“ und ‚Block‘")).text()).isEqualTo("„Kiez“ und ‚Block‘");
    }

    @Test
    void leavesQuotesInCodeAlone() {
        assertThat(body(render("`\"x\"`")).selectFirst("code").text()).isEqualTo("\"x\"");
    }

    // --- headings ------------------------------------------------------------------------------

    @Test
    void keepsHeadingIdsApartFromFootnoteIds() {
        Element body = body(render("Text[^1].\n\n## FN 1\n\n[^1]: Fußnote.\n"));

        assertThat(body.select("[id]").eachAttr("id")).doesNotHaveDuplicates().contains("fn-1", "abschnitt-fn-1");
    }

    @Test
    void doesNotPublishLinkedFilesWhoseNamesStartWithAnUnderscoreOrDot() throws IOException {
        write("pressemitteilungen/_intern/notiz.pdf", "x");
        write("pressemitteilungen/.versteckt.pdf", "x");

        RenderedMarkdown rendered = render("[Notiz](_intern/notiz.pdf) und [Versteckt](.versteckt.pdf)\n");

        assertThat(rendered.resources()).isEmpty();
        assertThat(body(rendered).select("a")).isEmpty();
        assertThat(messages()).containsExactly(
                FILE + ":5:1: warning: link to \"_intern/notiz.pdf\", a file kiezpress ignores (its name or folder starts with _ or .) (rename it to publish it)",
                FILE + ":5:32: warning: link to \".versteckt.pdf\", a file kiezpress ignores (its name or folder starts with _ or .) (rename it to publish it)");
    }

    @Test
    void shiftsHeadingsDownWhenTheBodyUsesTheTitleLevel() {
        Element body = body(render("# Ablauf\n\n## Beginn\n\n###### Ganz tief\n"));

        assertThat(body.select("h1")).isEmpty();
        assertThat(body.select("h2").eachText()).containsExactly("Ablauf");
        assertThat(body.select("h3").eachText()).containsExactly("Beginn");
        assertThat(body.select("h6").eachText()).containsExactly("Ganz tief");
    }

    @Test
    void leavesHeadingsAloneWhenTheBodyStartsBelowTheTitle() {
        Element body = body(render("## Ablauf\n\n### Beginn\n"));

        assertThat(body.select("h2").eachText()).containsExactly("Ablauf");
        assertThat(body.select("h3").eachText()).containsExactly("Beginn");
    }

    @Test
    void givesHeadingsTransliteratedUniqueIdsAvoidingTheThemesIds() {
        Element body = body(render("""
                ## Bürgerbeteiligung in Neukölln
                ## Straße & Platz
                ## Fazit
                ## Fazit
                ## Fazit
                ## Inhalt
                ## Main
                ## 2022 im Rückblick
                ## !!!
                """));

        assertThat(body.select("h2").eachAttr("id")).containsExactly("buergerbeteiligung-in-neukoelln",
                "strasse-platz", "fazit", "fazit-2", "fazit-3", "inhalt-2", "main-2", "abschnitt-2022-im-rueckblick",
                "abschnitt");
    }

    @Test
    void makesIdsUniqueEvenAgainstAHeadingThatLooksLikeANumberedOne() {
        Element body = body(render("## Fazit\n\n## Fazit\n\n## Fazit 2\n"));

        assertThat(body.select("h2").eachAttr("id")).doesNotHaveDuplicates().containsExactly("fazit", "fazit-2", "fazit-2-2");
    }

    // --- tables, footnotes, strikethrough, autolinks ----------------------------------------------

    @Test
    void rendersTablesWithAlignmentAsClassAndColumnHeadersWithScope() {
        Element body = body(render("| Bezirk | Anzahl | Mitte |\n|:--|--:|:-:|\n| Pankow | 3 | x |\n| Mitte | 12 | y |\n"));

        assertThat(body.select("[align]")).isEmpty();
        assertThat(body.selectFirst("table").className()).isEqualTo("table");
        assertThat(body.select("th").eachAttr("scope")).containsExactly("col", "col", "col");
        assertThat(body.select("th").eachAttr("class")).containsExactly("align-left", "align-right", "align-center");
        assertThat(body.select("tbody td").eachAttr("class")).containsExactly("align-left", "align-right", "align-center",
                "align-left", "align-right", "align-center");
    }

    @Test
    void rendersFootnotesWithAnAccessibleWayBack() {
        Element body = body(render("Es gibt 143 Bezirksregionen[^1].\n\n[^1]: Stand 2022.\n"));

        assertThat(body.selectFirst("sup a.footnote-ref").attr("href")).isEqualTo("#fn-1");
        Element note = body.selectFirst("div.footnotes li#fn-1");
        assertThat(note.selectFirst("p").text()).isEqualTo("Stand 2022.");
        Element back = note.selectFirst("a.footnote-backref");
        assertThat(back.attr("href")).isEqualTo("#fnref-1");
        assertThat(back.selectFirst(".visually-hidden").text()).isEqualTo("Zurück zum Text");
    }

    @Test
    void rendersStrikethrough() {
        assertThat(body(render("Beginn ~~10 Uhr~~ 11 Uhr")).select("del").eachText()).containsExactly("10 Uhr");
    }

    @Test
    void linksBareWebAddresses() {
        Element body = body(render("Mehr unter www.berlin.de und https://example.org/kiez."));

        assertThat(body.select("a").eachAttr("href")).containsExactly("http://www.berlin.de", "https://example.org/kiez");
    }

    // --- links between content files -------------------------------------------------------------

    @Test
    void rewritesLinksToOtherMarkdownFilesToTheirUrlsWithTheBasePath() {
        targets.put(contentRoot.resolve("sitzungsberichte/2022-06-14-kog-sro/index.md"),
                new LinkTargets.Target("/sitzungsberichte/2022/kog-sro/", true));
        targets.put(contentRoot.resolve("seiten/impressum.md"), new LinkTargets.Target("/impressum/", true));

        Element body = body(render("""
                Siehe [den Bericht](../sitzungsberichte/2022-06-14-kog-sro/index.md#ablauf),
                das [Impressum][imp] und [die Übersicht](/bezirke/).

                [imp]: ../seiten/impressum.md
                """));

        assertThat(body.select("a").eachAttr("href")).containsExactly("/sozialraum/sitzungsberichte/2022/kog-sro/#ablauf",
                "/sozialraum/impressum/", "/sozialraum/bezirke/");
        assertThat(messages()).isEmpty();
    }

    @Test
    void reportsALinkToAMissingMarkdownFileAtItsLineAndColumnAndKeepsOnlyItsText() {
        RenderedMarkdown rendered = render("Erste Zeile.\n\nDas ist [die alte Meldung](alt.md) von gestern.\n");

        assertThat(body(rendered).select("a")).isEmpty();
        assertThat(body(rendered).text()).isEqualTo("Erste Zeile. Das ist die alte Meldung von gestern.");
        assertThat(messages()).containsExactly(FILE + ":7:9: error: link to a missing file \"alt.md\" "
                + "(check the path; it is relative to this file)");
    }

    @Test
    void warnsAboutALinkToAnUnpublishedArticleAndKeepsIt() {
        targets.put(contentRoot.resolve("pressemitteilungen/entwurf.md"),
                new LinkTargets.Target("/pressemitteilungen/2030/entwurf/", false));

        Element body = body(render("- [Vorschau](entwurf.md)\n"));

        assertThat(body.select("a").eachAttr("href")).containsExactly("/sozialraum/pressemitteilungen/2030/entwurf/");
        assertThat(messages()).containsExactly(FILE + ":5:3: warning: link to \"entwurf.md\", which is not published in "
                + "this build (a draft, or dated in the future, or expired)");
    }

    @Test
    void findsMarkdownTargetsWithEncodedNames() {
        targets.put(contentRoot.resolve("pressemitteilungen/bürger fest.md"), new LinkTargets.Target("/x/", true));

        assertThat(body(render("[Fest](b%C3%BCrger%20fest.md)")).select("a").eachAttr("href")).containsExactly("/sozialraum/x/");
    }

    // --- files beside the article ------------------------------------------------------------------

    @Test
    void publishesFilesLinkedBesideTheArticle() throws IOException {
        write("pressemitteilungen/protokoll.pdf", "pdf");
        write("pressemitteilungen/bilder/plan.png", "png");

        RenderedMarkdown rendered = render("[Protokoll](protokoll.pdf?v=2) und ![Lageplan](bilder/plan.png)");

        assertThat(body(rendered).select("a").eachAttr("href"))
                .containsExactly("/sozialraum/pressemitteilungen/2022/kiezfest/protokoll.pdf?v=2");
        assertThat(body(rendered).select("img").eachAttr("src"))
                .containsExactly("/sozialraum/pressemitteilungen/2022/kiezfest/bilder/plan.png");
        assertThat(rendered.resources()).containsExactly(
                new Resource(contentRoot.resolve("pressemitteilungen/bilder/plan.png"), "pressemitteilungen/2022/kiezfest/bilder/plan.png"),
                new Resource(contentRoot.resolve("pressemitteilungen/protokoll.pdf"), "pressemitteilungen/2022/kiezfest/protokoll.pdf"));
        assertThat(messages()).isEmpty();
    }

    @Test
    void refusesALinkToAFileOutsideTheContentFolder() throws IOException {
        Files.writeString(site.resolve("kiezpress.yaml"), "title: x");

        RenderedMarkdown rendered = render("Die [Einstellungen](../../kiezpress.yaml).");

        assertThat(body(rendered).select("a")).isEmpty();
        assertThat(rendered.resources()).isEmpty();
        assertThat(messages()).containsExactly(FILE + ":5:5: error: link to \"../../kiezpress.yaml\" points outside the "
                + "content folder (keep published files inside content/, beside the article)");
    }

    @Test
    void refusesALinkThroughASymbolicLinkToAFileOutsideTheContentFolder() throws IOException {
        Path secret = site.resolve("geheim.txt");
        Files.writeString(secret, "geheim");
        Files.createSymbolicLink(contentRoot.resolve("pressemitteilungen/liste.txt"), secret);

        RenderedMarkdown rendered = render("Die [Liste](liste.txt).");

        assertThat(rendered.resources()).isEmpty();
        assertThat(messages()).containsExactly(FILE + ":5:5: error: link to \"liste.txt\" points outside the "
                + "content folder (keep published files inside content/, beside the article)");
    }

    @Test
    void leavesALinkToAnUnknownPathForTheAuditToJudge() {
        RenderedMarkdown rendered = render("[Karte](karte/) und [oben](#anfang)");

        assertThat(body(rendered).select("a").eachAttr("href")).containsExactly("karte/", "#anfang");
        assertThat(rendered.resources()).isEmpty();
        assertThat(messages()).isEmpty();
    }

    @Test
    void warnsAboutALinkWithoutTarget() {
        render("Text\n[hier]()");

        assertThat(messages()).containsExactly(FILE + ":6:1: warning: link without a target "
                + "(write the address between the parentheses: [Text](adresse))");
    }

    // --- images ------------------------------------------------------------------------------------

    @Test
    void warnsAboutAnImageWithoutAltAtItsLine() throws IOException {
        write("pressemitteilungen/foto.jpg", "jpg");

        render("Text\n\nDavor ![](foto.jpg)\n");

        assertThat(messages()).containsExactly(FILE + ":7:7: warning: image without alt text "
                + "(describe the image between the brackets: ![Beschreibung](bild.jpg))");
    }

    @Test
    void warnsAboutAnImageFromAnotherHost() {
        Element body = body(render("![Karte](https://tiles.example.org/karte.png)"));

        assertThat(body.select("img").eachAttr("src")).containsExactly("https://tiles.example.org/karte.png");
        assertThat(messages()).containsExactly(FILE + ":5:1: warning: image loaded from another host: "
                + "https://tiles.example.org/karte.png (put the image beside the article; the site loads nothing from other hosts)");
    }

    // --- unsafe links and raw HTML -----------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "[Klick](javascript:alert(1))            | javascript",
        "[Klick](JavaScript:alert(1))            | javascript",
        "[Klick](<javascript:alert(1)>)          | javascript",
        "[Klick](vbscript:msgbox)                | vbscript",
        "[Klick](data:text/html;base64,PHNjcmlwdD4=) | data",
    })
    void removesUnsafeLinksKeepingTheirTextWithAWarning(String markdown, String scheme) {
        Element body = body(render(markdown.replace("\\n", "\n")));

        assertThat(body.select("a")).isEmpty();
        assertThat(body.text()).isEqualTo("Klick");
        assertThat(messages()).singleElement().asString().startsWith(FILE + ":5:1: warning: link to \"" + scheme
                + ":\" removed (only http, https, mailto and tel are allowed)").doesNotContain("error");
    }

    @Test
    void removesAnEncodedUnsafeReferenceFromEveryLinkAndImageThatUsesIt() {
        Element body = body(render("[Klick][r], ![Bild][r] und [r]\n\n[r]: javascript&#58;alert(1)\n"));

        assertThat(body.select("a, img")).isEmpty();
        assertThat(body.html()).doesNotContain("javascript");
        assertThat(body.text()).isEqualTo("Klick, und r");
        assertThat(messages()).containsExactly(
                FILE + ":7:1: warning: link to \"javascript:\" removed (only http, https, mailto and tel are allowed)");
    }

    @Test
    void removesAnUnsafeLinkDefinedAsReferenceWarningWhereTheAddressIsWritten() {
        Element body = body(render("[Klick][r] und [nochmal][r]\n\n[r]: javascript:alert(1)\n"));

        assertThat(body.select("a")).isEmpty();
        assertThat(body.text()).isEqualTo("Klick und nochmal");
        assertThat(messages()).containsExactly(
                FILE + ":7:1: warning: link to \"javascript:\" removed (only http, https, mailto and tel are allowed)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[Klick](javascript&#58;alert(1))", "[Klick](javascript&colon;alert(1))",
        "[Klick](javascript\\:alert(1))", "[Klick](java&#x09;script:alert(1))", "[Klick](&#x6A;avascript:alert(1))"})
    void removesUnsafeLinksHiddenBehindEntitiesEscapesOrTabs(String markdown) {
        Element body = body(render(markdown));

        assertThat(body.select("a")).isEmpty();
        assertThat(body.text()).isEqualTo("Klick");
        assertThat(messages()).containsExactly(
                FILE + ":5:1: warning: link to \"javascript:\" removed (only http, https, mailto and tel are allowed)");
    }

    @Test
    void removesAnUnsafeImage() {
        Element body = body(render("![Bild](javascript:alert(1))"));

        assertThat(body.select("img")).isEmpty();
        assertThat(messages()).containsExactly(
                FILE + ":5:1: warning: link to \"javascript:\" removed (only http, https, mailto and tel are allowed)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[Mail](mailto:presse@example.org)", "[Telefon](tel:+49309029)", "<https://example.org/>",
        "<presse@example.org>"})
    void keepsSafeSchemes(String markdown) {
        assertThat(body(render(markdown)).select("a")).hasSize(1);
        assertThat(messages()).isEmpty();
    }

    @Test
    void removesAScriptBlockWithAWarningAtItsLine() {
        Element body = body(render("Text\n\n<script>alert(1)</script>\n\nWeiter\n"));

        assertThat(body.select("script")).isEmpty();
        assertThat(body.html()).doesNotContain("alert");
        assertThat(body.text()).isEqualTo("Text Weiter");
        assertThat(messages()).containsExactly(FILE + ":7:1: warning: raw HTML removed: <script> "
                + "(set unsafeHtml: true in kiezpress.yaml only if every author is trusted)");
    }

    @Test
    void removesEventHandlersAndJavascriptUrlsFromRawHtml() {
        Element body = body(render("Ein <span onclick=\"alert(1)\">Knopf</span> und\n<a href=\"javascript:alert(2)\">Link</a>.\n"));

        assertThat(body.select("[onclick]")).isEmpty();
        assertThat(body.select("span").eachText()).containsExactly("Knopf");
        assertThat(body.select("a[href]")).isEmpty();
        assertThat(messages()).containsExactly(
                FILE + ":5:5: warning: raw HTML removed: onclick attribute (set unsafeHtml: true in kiezpress.yaml only if every author is trusted)",
                FILE + ":6:1: warning: raw HTML removed: javascript: URL (set unsafeHtml: true in kiezpress.yaml only if every author is trusted)");
    }

    @Test
    void removesAnIframe() {
        Element body = body(render("Karte:\n\n<iframe src=\"https://maps.example.org/\"></iframe>\n"));

        assertThat(body.select("iframe")).isEmpty();
        assertThat(messages()).containsExactly(FILE + ":7:1: warning: raw HTML removed: <iframe> "
                + "(set unsafeHtml: true in kiezpress.yaml only if every author is trusted)");
    }

    @Test
    void keepsHarmlessRawHtmlAndEverythingMarkdownMadeWithoutWarning() throws IOException {
        write("pressemitteilungen/foto.jpg", "jpg");
        Element body = body(render("""
                # Titel

                Ein <abbr title="Sozialraumorientierung">SRO</abbr>-Text[^1] mit [Link](foto.jpg).

                | A | B |
                |:--|--:|
                | 1 | 2 |

                [^1]: Fußnote.
                """));

        assertThat(messages()).isEmpty();
        assertThat(body.select("abbr").eachAttr("title")).containsExactly("Sozialraumorientierung");
        assertThat(body.select("h2").eachAttr("id")).containsExactly("titel");
        assertThat(body.select("th").eachAttr("scope")).containsExactly("col", "col");
        assertThat(body.select("th").eachAttr("class")).containsExactly("align-left", "align-right");
        assertThat(body.select("a.footnote-ref").eachAttr("href")).containsExactly("#fn-1");
        assertThat(body.select("li[id]").eachAttr("id")).containsExactly("fn-1");
        assertThat(body.select("a").eachAttr("href")).contains("/sozialraum/pressemitteilungen/2022/kiezfest/foto.jpg");
    }

    @Test
    void keepsRawHtmlAsWrittenWhenUnsafeHtmlIsAllowed() {
        Element body = body(render("<script>track()</script>\n\n<span onclick=\"x()\">A</span> <a href=\"javascript:y()\">B</a>\n"
                + "\n<iframe src=\"https://video.example.org/\"></iframe>\n", true));

        assertThat(body.select("script")).singleElement().satisfies(script -> assertThat(script.data()).isEqualTo("track()"));
        assertThat(body.select("[onclick]")).hasSize(1);
        assertThat(body.select("a").eachAttr("href")).containsExactly("javascript:y()");
        assertThat(body.select("iframe")).hasSize(1);
        assertThat(messages()).isEmpty();
    }

    // --- summary and plain text ------------------------------------------------------------------

    @Test
    void takesTheFirstParagraphAsSummaryWithoutFootnoteNumbersOrMarkup() {
        RenderedMarkdown rendered = render("## Überschrift\n\nDie **Kiezkonferenz** tagt[^1] heute.\n\nZweiter Absatz.\n\n"
                + "[^1]: Im Rathaus.\n");

        assertThat(rendered.firstParagraph()).isEqualTo("Die Kiezkonferenz tagt heute.");
    }

    @Test
    void cutsALongFirstParagraphAtAWordBoundary() {
        RenderedMarkdown rendered = render("Die Bezirksübergreifende Koordinierungsgruppe Sozialraumorientierung hat "
                + "am 14. Juni 2022 im Gutshaus Steglitz getagt.");

        assertThat(rendered.firstParagraph()).isEqualTo("Die Bezirksübergreifende Koordinierungsgruppe …");
        assertThat(rendered.firstParagraph().length()).isLessThanOrEqualTo(60 + 1);
    }

    @Test
    void hasNoSummaryWithoutAParagraph() {
        assertThat(render("## Nur eine Überschrift\n\n- und\n- eine Liste\n").firstParagraph()).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "kurz                                  | 20 | kurz",
        "genau zwanzig Zeiche                  | 20 | genau zwanzig Zeiche",
        "eins zwei drei vier fünf sechs        | 20 | eins zwei drei vier …",
        "eins zwei drei, vier fünf sechs       | 20 | eins zwei drei …",
        "Donaudampfschifffahrtsgesellschaft    | 20 | Donaudampfschifffah …",
        "ab Donaudampfschifffahrtsgesellschaft | 20 | ab Donaudampfschiff …",
        "Ende. Danach kommt noch viel mehr Text | 20 | Ende. Danach kommt …",
    })
    void cutsAtTheLastWordBoundaryWithinTheLimit(String text, int max, String expected) {
        assertThat(MarkdownRenderer.cut(text, max)).isEqualTo(expected);
    }

    @Test
    void neverCutsACharacterInHalf() {
        String cut = MarkdownRenderer.cut("x".repeat(18) + "😀😀😀", 20);

        assertThat(cut).isEqualTo("x".repeat(18) + " …");
        assertThat(cut.codePoints().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
    }

    @Test
    void collectsThePlainTextOfTheBody() {
        assertThat(render("## Ablauf\n\nDie *Konferenz* tagt.\n").plainText()).contains("Ablauf").contains("Die Konferenz tagt.");
    }

    @Test
    void mapsHeadingsLinksAndImagesToWhereTheyWereWritten() throws IOException {
        write("pressemitteilungen/foto.jpg", "jpg");

        RenderedMarkdown rendered = render("Text\n\n## Ablauf\n\nMit [Link](https://example.org/) und ![Foto](foto.jpg).\n");

        assertThat(rendered.sourceMap()).containsEntry("id:ablauf", Position.of(7, 1))
                .containsEntry("href:https://example.org/", Position.of(9, 5))
                .containsEntry("src:/sozialraum/pressemitteilungen/2022/kiezfest/foto.jpg", Position.of(9, 38));
    }
}
