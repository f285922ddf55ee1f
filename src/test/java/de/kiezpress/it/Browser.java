package de.kiezpress.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven by its chromedriver. Without them the browser tests skip,
 * saying what to install; with {@code KIEZPRESS_REQUIRE_BROWSER=1} (as {@code .ci/run} sets) they
 * fail instead.
 */
final class Browser {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String REQUIRE_VARIABLE = "KIEZPRESS_REQUIRE_BROWSER";

    private Browser() {
    }

    /**
     * Put on a test class with {@code @ExtendWith}: its tests are skipped, saying what to install,
     * when Chromium is missing, unless {@code KIEZPRESS_REQUIRE_BROWSER=1} asks for them to fail.
     */
    static final class Required implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            Optional<String> missing = missing();
            if (missing.isEmpty() || required()) {
                return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed, or required");
            }
            System.err.println("[kiezpress] skipping the browser tests: " + missing.get());
            return ConditionEvaluationResult.disabled(missing.get());
        }
    }

    /** Fails the calling test when Chromium is missing (it is required); skips it otherwise. */
    static void assumeInstalled() {
        Optional<String> missing = missing();
        if (missing.isEmpty()) {
            return;
        }
        if (required()) {
            fail(missing.get() + " (" + REQUIRE_VARIABLE + "=1 makes this a failure)");
        }
        Assumptions.abort(missing.get());
    }

    private static Optional<String> missing() {
        List<String> missing = new ArrayList<>();
        for (Path program : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(program)) {
                missing.add(program.toString());
            }
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("the browser tests need headless Chromium, but " + String.join(" and ", missing)
                + (missing.size() == 1 ? " is" : " are") + " missing: install them with"
                + " `apt-get install chromium chromium-driver`");
    }

    private static boolean required() {
        return "1".equals(System.getenv(REQUIRE_VARIABLE));
    }

    /** A fresh headless Chromium with its own profile folder, 1280 × 1024 CSS pixels, light scheme. */
    static ChromeDriver start(Path profile) {
        return start(profile, new ChromeOptions());
    }

    /** The same, with options of the caller's (e.g. JavaScript switched off). */
    static ChromeDriver start(Path profile, ChromeOptions options) {
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                // Without these, Chromium phones home at start and this machine refuses the connections.
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions",
                "--lang=de-DE",
                "--window-size=1280,1024",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** The colour scheme the page's media queries see, through the DevTools protocol. */
    static void emulateColourScheme(ChromeDriver driver, String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** A viewport of {@code width} × {@code height} CSS pixels, as on a desktop zoomed in (no mobile viewport rules). */
    static void emulateViewport(ChromeDriver driver, int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Back to the window's own size. */
    static void clearViewport(ChromeDriver driver) {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
}
