package org.imc.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A liaison records an affiliate agreement with a work-plan goal, its indicator and a
 * measurement; the public results page shows the network's figures without a sign-in, sets no
 * cookie, is cacheable, and keeps up a bounded loopback load (the figure printed is quoted in
 * docs/benchmarks.md).
 */
class ResultsJourneyIT extends BrowserJourneyBase {

    /** The bounded load: this many requests from {@link #LOAD_THREADS} threads. */
    static final int LOAD_REQUESTS = 20_000;

    static final int LOAD_THREADS = 8;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.imc.platform.results.ResultsService results;

    @org.junit.jupiter.api.AfterEach
    void removePractice() {
        jdbc.update("DELETE FROM practice WHERE title = ?", PRACTICE);
    }

    static final String PRACTICE = "Night soil collection by mobile phone booking";

    private void snap(String step) {
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(java.nio.file.Path.of("target", "screenshots", "ResultsJourneyIT-" + step + ".png")));
    }

    private Locator notice(String text) {
        return page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText(text));
    }

    private void date(String label, String value) {
        field(label).fill(value);
        field(label).press("Enter");
    }

    @Test
    void aLiaisonRecordsAnAgreementWithAWorkPlanAndAMeasurement() {
        Long cama = jdbc.queryForObject("select id from affiliate where acronym = 'CAMA'", Long.class);
        signInAs("liaison");
        page.navigate(url("affiliates/" + cama));
        assertThat(page.locator("h1")).containsText("Canadian Association of Municipal Administrators");
        button("Record an agreement").click();
        date("Agreement start", "1/1/2026");
        date("Agreement end", "31/12/2029");
        button("Save").click();
        assertThat(notice("saved")).isVisible();

        button("Add a goal").click();
        field("Goal").fill("Clerks certified in records management");
        field("Owner").fill("CAMA training office");
        date("Target date", "31/12/2027");
        button("Save").click();
        // the agreement's notice may still be open: this one is the goal's
        assertThat(notice("Clerks certified in records management")).isVisible();

        button("Add indicator").click();
        field("What is measured").fill("Clerks certified");
        field("Unit").fill("people");
        field("Baseline").fill("0");
        date("Baseline date", "1/1/2026");
        field("Target").fill("200");
        date("Target date", "31/12/2027");
        button("Save").click();
        assertThat(notice("Indicator “Clerks certified” saved")).isVisible();

        button("Measure").click();
        field("Value").fill("50");
        date("Measured on", "15/11/2026");
        field("Source").fill("Certification register");
        button("Save").click();
        assertThat(notice("Measurement 50 recorded")).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("25 %")))
                .isVisible();
        assertThat(page.locator("h3", new Page.LocatorOptions().setHasText("25% done")))
                .isVisible();
    }

    @Test
    void aMayorPublishesAPracticeThroughReviewAndThePublicPageShowsIt() throws Exception {
        signInAs("mayor");
        page.navigate(url("practices"));
        button("Write a practice").click();
        field("Title").fill(PRACTICE);
        field("Summary").fill("Households book the emptying truck by text message.");
        field("The problem").fill("Pits overflowed because nobody knew when the truck came.");
        field("What was done").fill("A text-message booking line and a fixed price list.");
        field("Results").fill("Bookings tripled; overflowing pits fell by half.");
        field("Sub-programmes").fill("Sanit");
        page.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText("Sanitation"))
                .click();
        page.locator("h2", new Page.LocatorOptions().setHasText("Write a practice"))
                .click();
        button("Save").click();
        assertThat(page.locator("h1")).hasText(PRACTICE);
        button("Submit for review").click();
        assertThat(page.locator(".imc-tag", new Page.LocatorOptions().setHasText("In review")))
                .isVisible();
        String practiceUrl = page.url();

        Page liaison = otherPerson();
        actOn(liaison, () -> {
            signInAs("liaison");
            snap("liaison-dashboard");
            page.navigate(practiceUrl);
            button("Publish").click();
            assertThat(page.locator(".imc-tag", new Page.LocatorOptions().setHasText("Published")))
                    .isVisible();
            snap("practice");
            page.navigate(url("results"));
            assertThat(page.locator("h1")).hasText("Network results");
            snap("results");
            page.navigate(url("municipalities"));
            button("Show on a map").click();
            // the partnership between Accra and Kisumu is a line on the map
            assertThat(page.locator(".imc-map svg line title", new Page.LocatorOptions().setHasText("Accra – Kisumu")))
                    .hasCount(1);
            snap("map");
        });

        results.refresh();
        page.navigate(url("practices"));
        assertThat(page.locator("h1")).hasText("Practice library");
        snap("library");
        Page anonymous = otherPerson();
        actOn(anonymous, () -> {
            page.navigate(url("public/results"));
            assertThat(page.getByText(PRACTICE)).isVisible();
            snap("public");
        });
    }

    @Test
    void aFundOfficerSeesLoansOnTheMapAndZoomsToACountryFromTheKeyboardOthersSeeNoLoans() {
        signInAs("officer");
        page.navigate(url("results"));
        Locator drawing = page.locator(".imc-map .imc-map-drawing svg");
        assertThat(drawing).hasAttribute("viewBox", "0.00 0.00 1000.00 500.00");
        assertThat(page.locator(
                        ".imc-map-drawing .imc-map-loans rect title",
                        new Page.LocatorOptions().setHasText("Kumasi — loans: ")))
                .hasCount(1);
        assertThat(page.locator(".imc-map-legend li", new Page.LocatorOptions().setHasText("Loans at a municipality")))
                .isVisible();
        // the loans as a list too
        page.locator("vaadin-details-summary", new Page.LocatorOptions().setHasText("Loans by location"))
                .click();
        assertThat(page.locator(".imc-map-loans li", new Page.LocatorOptions().setHasText("Kingston — loans: ")))
                .isVisible();

        // zoom in from the keyboard: the labelled button takes the focus and Enter
        Locator zoomIn = page.locator("vaadin-button[aria-label='Zoom in']");
        zoomIn.focus();
        page.keyboard().press("Enter");
        assertThat(drawing).hasAttribute("viewBox", "250.00 125.00 500.00 250.00");

        // a country: Jamaica's loans, not Ghana's
        field("Zoom to a country").fill("Jamaica");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Jamaica"))
                .click();
        assertThat(page.locator(
                        ".imc-map-drawing .imc-map-loans rect title",
                        new Page.LocatorOptions().setHasText("Kingston — loans: ")))
                .hasCount(1);
        assertThat(page.locator(
                        ".imc-map-drawing .imc-map-loans rect title",
                        new Page.LocatorOptions().setHasText("Kumasi — loans: ")))
                .hasCount(0);
        assertThat(page.locator(".imc-map-drawing circle title", new Page.LocatorOptions().setHasText("Kingston")))
                .hasCount(1);
        snap("officer-map");

        // the portfolio page maps the same loans, once asked to
        page.navigate(url("fund/portfolio"));
        button("Show on a map").click();
        assertThat(page.locator(
                        ".imc-map-drawing .imc-map-loans rect title",
                        new Page.LocatorOptions().setHasText("Kumasi — loans: ")))
                .hasCount(1);

        Page mayor = otherPerson();
        actOn(mayor, () -> {
            signInAs("mayor");
            page.navigate(url("results"));
            assertThat(page.locator(".imc-map .imc-map-drawing svg")).isVisible();
            assertThat(page.locator(".imc-map-loans")).hasCount(0);
            assertThat(page.locator(".imc-map-legend li", new Page.LocatorOptions().setHasText("Loans")))
                    .hasCount(0);
            // the directory's map draws what its list shows: a country chosen in the filters
            page.navigate(url("municipalities"));
            field("Country").fill("Ghana");
            page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Ghana"))
                    .click();
            button("Show on a map").click();
            assertThat(page.locator(".imc-map-drawing circle title", new Page.LocatorOptions().setHasText("Kumasi")))
                    .hasCount(1);
            // Lomé (Togo) is in view but not in the list
            assertThat(page.locator(".imc-map-drawing circle")).hasCount(3);
            assertThat(page.locator(".imc-map-drawing circle title", new Page.LocatorOptions().setHasText("Lomé")))
                    .hasCount(0);
            assertThat(page.locator(
                            ".imc-map-drawing line title", new Page.LocatorOptions().setHasText("Accra – Kisumu")))
                    .hasCount(1);
            // the partner finder's map: the candidates, with the partnership of the list's filter
            page.navigate(url("twinning/partners"));
            button("Show on a map").click();
            assertThat(page.locator(".imc-map-drawing circle title", new Page.LocatorOptions().setHasText("Kisumu")))
                    .hasCount(1);
            assertThat(page.locator(".imc-map-drawing circle title", new Page.LocatorOptions().setHasText("Accra")))
                    .hasCount(0);
        });
    }

    @Test
    void thePublicResultsPageNeedsNoSignInSetsNoCookieAndIsCached() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> first = http.send(
                HttpRequest.newBuilder(URI.create(url("public/results"))).build(),
                HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(first.statusCode()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(first.headers().firstValue("Set-Cookie"))
                .isEmpty();
        org.assertj.core.api.Assertions.assertThat(first.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> org.assertj.core.api.Assertions.assertThat(v)
                        .contains("max-age=60")
                        .contains("public"));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        org.assertj.core.api.Assertions.assertThat(first.body())
                .contains("Nairobi")
                .doesNotContain("Akosua Mensah")
                .doesNotContain("<script");
        HttpResponse<String> again = http.send(
                HttpRequest.newBuilder(URI.create(url("public/results")))
                        .header("If-None-Match", etag)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(again.statusCode()).isEqualTo(304);
        HttpResponse<String> post = http.send(
                HttpRequest.newBuilder(URI.create(url("public/results")))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(post.statusCode()).isEqualTo(403);

        page.navigate(url("public/results?lang=fr"));
        assertThat(page.locator("h1")).hasText("Résultats de l’International Municipal Collaboration");
        assertThat(page.getByText("Partenariats actifs").first()).isVisible();
        org.assertj.core.api.Assertions.assertThat(context.cookies()).isEmpty();

        load(http);
    }

    /** {@value #LOAD_REQUESTS} requests from {@value #LOAD_THREADS} threads on the loopback; prints requests per second. */
    private void load(HttpClient http) throws Exception {
        URI uri = URI.create(url("public/results"));
        AtomicLong failures = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        // warm-up
        for (int i = 0; i < 200; i++) {
            http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
        }
        ExecutorService pool = Executors.newFixedThreadPool(LOAD_THREADS);
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < LOAD_THREADS; t++) {
            running.add(pool.submit(() -> {
                for (int i = 0; i < LOAD_REQUESTS / LOAD_THREADS; i++) {
                    try {
                        HttpResponse<byte[]> r =
                                http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                        bytes.addAndGet(r.body().length);
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        System.out.printf(
                "Public results load: %d requests, %d threads, %.1f s, %.0f requests/s, %d failures, %d KB per page%n",
                LOAD_REQUESTS,
                LOAD_THREADS,
                seconds,
                LOAD_REQUESTS / seconds,
                failures.get(),
                bytes.get() / LOAD_REQUESTS / 1024);
        org.assertj.core.api.Assertions.assertThat(failures.get()).isZero();
    }
}
