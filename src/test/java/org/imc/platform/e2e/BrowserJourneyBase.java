package org.imc.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imc.platform.DemoTotp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real-browser journeys: the application on a random port (production-mode front end), driven
 * by headless Chromium through Playwright. Chromium comes from the system
 * ({@code /usr/bin/chromium}, or the path in the {@code CHROMIUM} environment variable).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserJourneyBase {

    /** How long a step waits for the page (actions and assertions). */
    static final int WAIT_MS = 45_000;

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;
    private final List<BrowserContext> otherContexts = new java.util.ArrayList<>();
    private String testName;
    private final List<String> cspViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void launchBrowser() throws Exception {
        // the build points java.io.tmpdir into target/, which may not exist yet
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(chromium))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--disable-dev-shm-usage")));
        // generous: a wait ends as soon as the page is there, and on a machine whose cores are
        // saturated by other work a dialog took more than 20 s to open (LearningJourneyIT)
        PlaywrightAssertions.setDefaultAssertionTimeout(WAIT_MS);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage(TestInfo info) {
        testName = info.getTestClass().map(Class::getSimpleName).orElse("") + "-"
                + info.getTestMethod().map(m -> m.getName()).orElse("");
        cspViolations.clear();
        context = newContext();
        page = context.newPage();
        watchCsp(page);
    }

    private static BrowserContext newContext() {
        BrowserContext created = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"));
        created.setDefaultTimeout(WAIT_MS);
        return created;
    }

    /** The Content-Security-Policy must not block anything the application does. */
    private void watchCsp(Page watched) {
        watched.onConsoleMessage(message -> {
            if (message.text().contains("Refused to") || message.text().contains("Content Security Policy")) {
                System.out.println("CSP violation (console): " + message.text());
                cspViolations.add(message.text());
            }
        });
        // a refused eval surfaces as an uncaught error, not as a console message
        watched.onPageError(error -> {
            if (error.contains("Content Security Policy") || error.contains("unsafe-eval")) {
                System.out.println("CSP violation (page error): " + error);
                cspViolations.add(error);
            }
        });
    }

    /**
     * A page in a second browser context (its own cookies: another person at another computer),
     * closed after the test; the helpers below act on it while {@link #actOn} runs.
     */
    Page otherPerson() {
        BrowserContext other = newContext();
        otherContexts.add(other);
        Page otherPage = other.newPage();
        watchCsp(otherPage);
        return otherPage;
    }

    /** Runs {@code steps} with the helpers ({@link #signInAs}, {@link #button}, …) acting on {@code other}. */
    void actOn(Page other, Runnable steps) {
        Page own = page;
        page = other;
        try {
            steps.run();
        } finally {
            page = own;
        }
    }

    @AfterEach
    void closePage() throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(testName + ".png")));
        for (int i = 0; i < otherContexts.size(); i++) {
            BrowserContext other = otherContexts.get(i);
            other.pages()
                    .getFirst()
                    .screenshot(
                            new Page.ScreenshotOptions().setPath(dir.resolve(testName + "-other-" + (i + 1) + ".png")));
            other.close();
        }
        otherContexts.clear();
        context.close();
        org.assertj.core.api.Assertions.assertThat(cspViolations)
                .as("console messages about the Content-Security-Policy")
                .isEmpty();
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Waits until Vaadin has finished the current round trip. */
    void settle() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients "
                + "&& Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    void signIn(String username, String password) {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form input[name=password]").press("Enter");
    }

    /** The demo users whose role requires two-step sign-in; they are enrolled with {@link DemoTotp#SECRET}. */
    static final Set<String> TWO_STEP_USERS = Set.of("admin", "officer", "officer2");

    void signInAs(String username) {
        signIn(username, "demo");
        if (TWO_STEP_USERS.contains(username)) {
            enterCode(DemoTotp.nextCode(username));
        }
        assertThat(page.locator("h1", new Page.LocatorOptions().setHasText("Dashboard")))
                .isVisible();
    }

    /** The second step of signing in: the code field (a labelled one-time-code input) and Enter. */
    void enterCode(String code) {
        Locator input = page.locator("input[name=code]");
        assertThat(input).hasAttribute("autocomplete", "one-time-code");
        input.fill(code);
        input.press("Enter");
    }

    Locator navItem(String label) {
        return page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText(label));
    }

    Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true))
                .first();
    }

    Locator button(String text) {
        return page.locator("vaadin-button", new Page.LocatorOptions().setHasText(text))
                .first();
    }
}
