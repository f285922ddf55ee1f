package de.kiezpress.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.it.ExampleSite.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The default theme, proven in a real browser (issue 4): the example site is built, served on a
 * loopback port and opened page by page in headless Chromium. axe-core checks the WCAG 2.0, 2.1
 * and 2.2 A and AA rules in the light and the dark colour scheme; every page must reflow to 320 CSS
 * pixels; the keyboard reaches a visible skip link first and sees the focus on every control.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(Browser.Required.class)
class ThemeInBrowserIT {
    private static final Map<String, String> BACKGROUND = Map.of("light", "rgb(255, 255, 255)", "dark", "rgb(20, 24, 28)");

    @TempDir
    static Path work;

    private ChromeDriver driver;
    private StaticServer server;
    private List<Page> pages;
    private List<Page> axePages;

    private final AtomicInteger axeRuns = new AtomicInteger();
    private final Set<String> axeRules = new TreeSet<>();
    private final Set<String> axeIncomplete = new TreeSet<>();
    private final AtomicInteger violations = new AtomicInteger();

    @BeforeAll
    void buildServeAndOpenTheBrowser() throws Exception {
        Browser.assumeInstalled();
        Path site = ExampleSite.build(work.resolve("site"));
        pages = ExampleSite.pages(site);
        axePages = "1".equals(System.getenv("KIEZPRESS_AXE_ALL_PAGES")) ? pages : ExampleSite.representative(pages);
        server = StaticServer.serve(site);
        driver = Browser.start(work.resolve("chromium-profile"));
    }

    @AfterAll
    void closeEverything() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (axeRuns.get() > 0) {
            System.out.printf("axe-core: %d runs (%d of %d pages in light and dark, the search form, a draft), %d rules applied, %d violations%n"
                            + "  rules: %s%n  needing review by a person somewhere: %s%n",
                    axeRuns.get(), axePages.size(), pages.size(), axeRules.size(), violations.get(), axeRules, axeIncomplete);
        }
    }

    @Test
    void coversEveryPageKind() {
        Set<String> kinds = new TreeSet<>();
        pages.forEach(p -> kinds.add(p.kind()));
        assertThat(kinds).contains("home", "list", "terms", "archive", "archive-year", "article", "page", "search", "not-found");
        assertThat(pages).anyMatch(p -> p.document().selectFirst(".article-image figcaption") != null)
                .anyMatch(p -> p.document().selectFirst(".meeting") != null)
                .anyMatch(p -> p.document().selectFirst(".attachments .file-meta") != null)
                .anyMatch(p -> p.document().selectFirst(".article-source") != null)
                .anyMatch(p -> p.document().selectFirst(".contact") != null)
                .anyMatch(p -> p.document().selectFirst(".related") != null)
                .anyMatch(p -> p.document().selectFirst(".pagination .pagination-previous") != null)
                .anyMatch(p -> p.document().selectFirst(".article-body table") != null)
                .anyMatch(p -> p.document().selectFirst("[lang=en]") != null);
    }

    /**
     * axe-core takes about a second a page here, so it checks one page of each kind and each part
     * of a page (see {@link ExampleSite#representative}); {@code KIEZPRESS_AXE_ALL_PAGES=1} checks all.
     */
    @TestFactory
    Stream<DynamicTest> everyPageKindHasNoAxeViolationsInTheLightAndTheDarkScheme() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            for (Page page : axePages) {
                tests.add(DynamicTest.dynamicTest(scheme + ": " + page, () -> axeFinds(scheme, page.path(), false)));
            }
            tests.add(DynamicTest.dynamicTest(scheme + ": /suche/ with the search form shown",
                    () -> axeFinds(scheme, "/suche/", true)));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyPageReflowsTo320PixelsWithoutScrollingSideways() {
        return pages.stream().map(page -> DynamicTest.dynamicTest("320 px: " + page, () -> {
            Browser.emulateColourScheme(driver, "light");
            Browser.emulateViewport(driver, 320, 640);
            try {
                driver.get(server.url(page.path()));
                List<String> findings = PageChecks.horizontalOverflow(driver);
                assertThat(findings).as("%s at 320 px:%n%s", page.path(), PageChecks.joined(findings)).isEmpty();
            } finally {
                Browser.clearViewport(driver);
            }
        }));
    }

    @Test
    void theFirstTabFocusesAVisibleSkipLinkThatLeadsToTheContent() {
        for (String path : List.of("/", "/sitzungsberichte/2022/kog-sro/", "/bezirke/", "/404.html")) {
            Browser.emulateColourScheme(driver, "light");
            driver.get(server.url(path));
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            assertThat(focused.getAttribute("class")).as("first focus on %s", path).contains("skip-link");
            assertThat(focused.getAttribute("href")).endsWith("#inhalt");
            assertThat(focused.isDisplayed()).isTrue();
            assertThat(focused.getRect().getHeight()).as("skip link height").isGreaterThanOrEqualTo(24);
            assertThat(focused.getRect().getWidth()).as("skip link width").isGreaterThanOrEqualTo(100);
            assertThat(focused.getRect().getY()).isGreaterThanOrEqualTo(0);

            focused.sendKeys(Keys.ENTER);
            new Actions(driver).sendKeys(Keys.TAB).perform();
            Object insideMain = PageChecks.js(driver).executeScript(
                    "return document.getElementById('inhalt').contains(document.activeElement);");
            assertThat(insideMain).as("after the skip link, Tab goes on inside <main> on %s", path).isEqualTo(true);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyControlShowsItsFocusAndIsNotCovered() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            for (String path : List.of("/", "/sitzungsberichte/2022/kog-sro/", "/seite/2/", "/bezirke/", "/archiv/2022/",
                    "/suche/", "/barrierefreiheit/", "/404.html")) {
                tests.add(DynamicTest.dynamicTest(scheme + ": " + path, () -> {
                    Browser.emulateColourScheme(driver, scheme);
                    driver.get(server.url(path));
                    if (path.equals("/suche/")) {
                        showSearchForm();
                    }
                    PageChecks.FocusWalk walk = PageChecks.walkFocus(driver);
                    assertThat(walk.reached()).as("focusable elements on %s", path).isGreaterThan(10);
                    assertThat(walk.findings()).as("focus on %s (%s):%n%s", path, scheme, PageChecks.joined(walk.findings()))
                            .isEmpty();
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void theDarkSchemeEmulationReallySwitchesTheColours() {
        for (String scheme : List.of("dark", "light")) {
            Browser.emulateColourScheme(driver, scheme);
            driver.get(server.url("/"));
            Object matches = PageChecks.js(driver).executeScript("return matchMedia('(prefers-color-scheme: dark)').matches;");
            assertThat(matches).isEqualTo(scheme.equals("dark"));
            assertThat(background()).isEqualTo(BACKGROUND.get(scheme));
        }
    }

    @Test
    void printingHidesTheNavigationAndShowsWhereLinksLead() {
        driver.get(server.url("/sitzungsberichte/2022/kog-sro/"));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            Object hidden = PageChecks.js(driver).executeScript("""
                    return ['.skip-link', '.main-nav', '.breadcrumbs', '.back-to-top', '.site-footer nav']
                      .map(s => getComputedStyle(document.querySelector(s)).display);""");
            assertThat(hidden).isEqualTo(List.of("none", "none", "none", "none", "none"));
            Object internal = PageChecks.js(driver).executeScript(
                    "return getComputedStyle(document.querySelector('.article-body a[href^=\"/\"]'), '::after').content;");
            assertThat((String) internal).startsWith("\" (https://sozialraum.example.org/pressemitteilungen/2022/");
            Object external = PageChecks.js(driver).executeScript(
                    "return getComputedStyle(document.querySelector('.article-source a'), '::after').content;");
            assertThat((String) external).contains("https://www.berlin.de/ba-steglitz-zehlendorf/");
            Object pageUrl = PageChecks.js(driver).executeScript(
                    "const p = document.querySelector('.site-footer .print-only'); return getComputedStyle(p).display + ' ' + p.textContent;");
            assertThat((String) pageUrl).startsWith("block ").endsWith("https://sozialraum.example.org/sitzungsberichte/2022/kog-sro/");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void nothingMovesForReadersWhoAskForReducedMotion() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        try {
            for (String path : List.of("/", "/sitzungsberichte/2022/kog-sro/")) {
                driver.get(server.url(path));
                Object longest = PageChecks.js(driver).executeScript("""
                        let longest = 0;
                        for (const el of document.querySelectorAll('*')) {
                          for (const pseudo of [null, '::before', '::after']) {
                            const s = getComputedStyle(el, pseudo);
                            for (const d of (s.transitionDuration + ',' + s.animationDuration).split(',')) {
                              longest = Math.max(longest, parseFloat(d) || 0);
                            }
                            if (s.scrollBehavior === 'smooth') longest = Math.max(longest, 1);
                          }
                        }
                        return longest + document.getAnimations().length;""");
                assertThat(((Number) longest).doubleValue()).as("longest motion on %s, in seconds", path).isLessThan(0.001);
            }
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", ""))));
        }
    }

    @Test
    void aDraftInThePreviewShowsItsBannerWithoutViolations() throws Exception {
        Path drafts = ExampleSite.build(work.resolve("drafts"), true);
        List<Page> withBanner = ExampleSite.pages(drafts).stream()
                .filter(p -> p.document().selectFirst(".preview-banner") != null).toList();
        assertThat(withBanner).isNotEmpty();
        try (StaticServer draftServer = StaticServer.serve(drafts)) {
            for (String scheme : List.of("light", "dark")) {
                Browser.emulateColourScheme(driver, scheme);
                driver.get(draftServer.url(withBanner.get(0).path()));
                assertThat(driver.findElement(org.openqa.selenium.By.cssSelector(".preview-banner")).isDisplayed()).isTrue();
                PageChecks.AxeReport report = recorded(PageChecks.axe(driver));
                assertThat(report.violations()).as("axe-core on the draft %s (%s):%n%s", withBanner.get(0).path(), scheme,
                        PageChecks.joined(report.violations())).isEmpty();
            }
        }
    }

    /** The checks above must be able to fail: on a page built to break them, they do. */
    @Test
    void theChecksFindTheFaultsOfADeliberatelyBrokenPage() throws Exception {
        Path broken = Files.createDirectories(work.resolve("broken"));
        Files.writeString(broken.resolve("index.html"), """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>Kaputt</title>
                <style>
                  body { margin: 0; } a:focus { outline: none; }
                  .wide { width: 600px; height: 1rem; } .spacer { height: 1500px; }
                  .cover { position: fixed; left: 0; right: 0; bottom: 0; height: 12rem; background: #fff; }
                </style></head>
                <body><p style="color: #bbb">Blasser Text</p><img src="bild.png"><a href="/leer"></a>
                <div class="wide"></div><a href="/ohne-fokus">Ohne sichtbaren Fokus</a>
                <div class="spacer"></div><a href="/verdeckt">Verdeckt</a><div class="cover"></div></body></html>
                """);
        try (StaticServer brokenServer = StaticServer.serve(broken)) {
            Browser.emulateColourScheme(driver, "light");
            driver.get(brokenServer.url("/"));
            assertThat(PageChecks.axe(driver).violatedRules())
                    .contains("html-has-lang", "image-alt", "link-name", "color-contrast");

            PageChecks.FocusWalk walk = PageChecks.walkFocus(driver);
            assertThat(walk.findings())
                    .anyMatch(f -> f.startsWith("no visible focus on a[href=\"/ohne-fokus\"]"))
                    .anyMatch(f -> f.startsWith("focus hidden on a[href=\"/verdeckt\"]"));

            Browser.emulateViewport(driver, 320, 640);
            try {
                driver.get(brokenServer.url("/"));
                assertThat(PageChecks.horizontalOverflow(driver)).first().asString().startsWith("scrolls sideways");
            } finally {
                Browser.clearViewport(driver);
            }
        }
    }

    private void axeFinds(String scheme, String path, boolean searchForm) {
        Browser.emulateColourScheme(driver, scheme);
        driver.get(server.url(path));
        if (searchForm) {
            showSearchForm();
        }
        assertThat(background()).as("the %s scheme is in effect on %s", scheme, path).isEqualTo(BACKGROUND.get(scheme));
        Object foreign = PageChecks.js(driver).executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith(location.origin));");
        assertThat(foreign).as("requests to other hosts from %s", path).isEqualTo(List.of());

        PageChecks.AxeReport report = recorded(PageChecks.axe(driver));
        assertThat(report.violations()).as("axe-core on %s in the %s scheme:%n%s", path, scheme,
                PageChecks.joined(report.violations())).isEmpty();
    }

    /** Counts an axe run for the summary printed at the end. */
    private PageChecks.AxeReport recorded(PageChecks.AxeReport report) {
        axeRuns.incrementAndGet();
        axeRules.addAll(report.ruleIds());
        axeIncomplete.addAll(report.incomplete());
        violations.addAndGet(report.violations().size());
        return report;
    }

    /** Shows the search form as js/search.js does, so its controls are checked too. */
    private void showSearchForm() {
        PageChecks.js(driver).executeScript("""
                document.querySelector('.search-form').hidden = false;
                document.querySelector('.search-fallback').hidden = true;""");
    }

    private String background() {
        return (String) PageChecks.js(driver).executeScript("return getComputedStyle(document.body).backgroundColor;");
    }
}
