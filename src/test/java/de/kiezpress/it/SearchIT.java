package de.kiezpress.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page (issue 6) in headless Chromium: it works as progressive enhancement, finds the
 * same articles however umlauts are written, matches prefixes, ranks titles first, announces the
 * results in a live region, keeps {@code ?q=} in the address, works by keyboard, and passes axe.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(Browser.Required.class)
class SearchIT {
    @TempDir
    static Path work;

    private ChromeDriver driver;
    private StaticServer server;

    @BeforeAll
    void buildServeAndOpenTheBrowser() throws Exception {
        Browser.assumeInstalled();
        server = StaticServer.serve(ExampleSite.build(work.resolve("site")));
        driver = Browser.start(work.resolve("chromium-profile"));
    }

    @AfterAll
    void close() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openTheSearchPage() {
        driver.get(server.url("/suche/"));
        waitUntil(() -> driver.findElement(By.cssSelector(".search-form")).isDisplayed());
    }

    @Test
    void showsTheFormAndHidesTheFallbackWhenJavaScriptRuns() {
        assertThat(driver.findElement(By.cssSelector(".search-form")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector(".search-fallback")).isDisplayed()).isFalse();
    }

    @Test
    void findsTheSameArticlesHoweverUmlautsAndCaseAreWritten() {
        List<String> withUmlaut = search("Bürgerbeteiligung");
        assertThat(withUmlaut).hasSizeGreaterThan(5);
        assertThat(search("Burgerbeteiligung")).isEqualTo(withUmlaut);
        assertThat(search("buergerbeteiligung")).isEqualTo(withUmlaut);
        assertThat(search("BÜRGERBETEILIGUNG")).isEqualTo(withUmlaut);
    }

    @Test
    void matchesTheBeginningOfWords() {
        List<String> full = search("Kiezkonferenz");
        assertThat(full).isNotEmpty();
        assertThat(search("Kiezkonf")).containsAll(full);
        assertThat(search("onferenz")).isEmpty();
    }

    @Test
    void ranksTitleMatchesBeforeMatchesInTopicsOrSummaries() {
        search("Kiezkonferenz");
        List<WebElement> titles = driver.findElements(By.cssSelector("#suchergebnisse .item-title"));
        List<Boolean> inTitle = titles.stream().map(t -> t.getText().toLowerCase().contains("kiezkonferenz")).toList();

        assertThat(inTitle).contains(true);
        assertThat(inTitle.indexOf(false) == -1 || inTitle.lastIndexOf(true) < inTitle.indexOf(false))
                .as("title matches first: %s", inTitle).isTrue();
    }

    @Test
    void announcesTheNumberOfResultsInAPoliteLiveRegion() {
        int count = search("Neukölln").size();
        WebElement status = driver.findElement(By.cssSelector(".search-status"));

        assertThat(status.getAttribute("role")).isEqualTo("status");
        assertThat(status.getAttribute("aria-live")).isEqualTo("polite");
        waitUntil(() -> !status.getText().isEmpty());
        assertThat(status.getText()).isEqualTo(count + " Treffer für „Neukölln“.");

        search("xyzzyquux");
        waitUntil(() -> status.getText().startsWith("Keine"));
        assertThat(status.getText()).isEqualTo("Keine Treffer für „xyzzyquux“.");
    }

    @Test
    void keepsTheQueryInTheAddressAndSearchesFromIt() {
        List<String> typed = search("Spandau");
        assertThat(driver.getCurrentUrl()).endsWith("/suche/?q=Spandau");

        driver.get(server.url("/suche/?q=Spandau"));
        waitUntil(() -> !results().isEmpty());

        assertThat(driver.findElement(By.id("suchbegriff")).getAttribute("value")).isEqualTo("Spandau");
        assertThat(results()).isEqualTo(typed);
    }

    @Test
    void canBeUsedWithTheKeyboardAlone() {
        WebElement input = driver.findElement(By.id("suchbegriff"));
        input.sendKeys("Spandau");
        input.sendKeys(Keys.ENTER);
        waitUntil(() -> !results().isEmpty());
        assertThat(driver.getCurrentUrl()).contains("q=Spandau");

        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getTagName()).isEqualTo("button");
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getTagName()).isEqualTo("a");
        assertThat(focused.getAttribute("href")).isEqualTo(server.url(results().get(0)));
    }

    @Test
    void passesAxeWithResultsInLightAndDarkScheme() {
        search("Bürgerbeteiligung");
        for (String scheme : List.of("light", "dark")) {
            Browser.emulateColourScheme(driver, scheme);
            assertThat(PageChecks.axe(driver).violations()).as(scheme).isEmpty();
        }
        Browser.emulateColourScheme(driver, "light");
    }

    @Test
    void offersTheIndexesWhenJavaScriptIsOff() throws Exception {
        ChromeOptions noScript = new ChromeOptions();
        noScript.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        ChromeDriver plain = Browser.start(work.resolve("chromium-no-js"), noScript);
        try {
            plain.get(server.url("/suche/"));
            assertThat(plain.findElement(By.cssSelector(".search-fallback")).isDisplayed()).isTrue();
            assertThat(plain.findElement(By.cssSelector(".search-form")).isDisplayed()).isFalse();
            assertThat(plain.findElements(By.cssSelector(".search-fallback a")).stream().map(a -> a.getAttribute("href")))
                    .contains(server.url("/themen/"), server.url("/bezirke/"), server.url("/archiv/"));
        } finally {
            plain.quit();
        }
    }

    /** Types a query into an emptied field and returns the result URLs once they settle. */
    private List<String> search(String query) {
        WebElement input = driver.findElement(By.id("suchbegriff"));
        input.clear();
        input.sendKeys(query);
        waitUntil(() -> query.equals(input.getAttribute("value")));
        AtomicReference<List<String>> last = new AtomicReference<>();
        waitUntil(() -> {
            List<String> now = results();
            return now.equals(last.getAndSet(now));
        });
        return last.get();
    }

    private List<String> results() {
        return driver.findElements(By.cssSelector("#suchergebnisse .item-title a")).stream()
                .map(a -> a.getAttribute("href").substring(server.url("").length())).toList();
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(150)).until(d -> condition.getAsBoolean());
    }
}
