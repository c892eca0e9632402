package org.imc.platform.load;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doSwitch;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.onCase;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform under load through its real UI: each virtual user is one browser tab of a
 * scale-data user (members, mayors, liaisons, fund officers, trainers in a fixed mix), who signs
 * in once and then works through the views of their role with a think time between steps
 * until the test ends, then leaves (closes the tab without signing out).
 * <p>
 * System properties: {@code baseUrl} (http://127.0.0.1:8080), {@code users} (concurrent users,
 * 10), {@code ramp} (seconds over which they sign in, 30), {@code duration} (seconds each keeps
 * working after signing in, 60), {@code think} (mean seconds between steps, 5; each pause is
 * 0.5-1.5 times it), {@code scrollMax} (deepest row the directory is scrolled to, 5000),
 * {@code password} (scale-demo).
 * <p>
 * A step is one method below: a route, the text the view must show, and the interactions on
 * it. To load-test a new view, copy a step (e.g. {@link #affiliates()}), change the route and
 * text, and add it to the journeys of the roles that use it. Learning steps need the demo data
 * (courses and sessions; the scale data has none), which every database but a production one has.
 */
public class PlatformSimulation extends Simulation {

    static final String BASE_URL = System.getProperty("baseUrl", "http://127.0.0.1:8080");
    static final int USERS = Integer.getInteger("users", 10);
    static final int RAMP = Integer.getInteger("ramp", 30);
    static final int DURATION = Integer.getInteger("duration", 60);
    static final double THINK = Double.parseDouble(System.getProperty("think", "5"));
    static final String PASSWORD = System.getProperty("password", ScaleUsers.PASSWORD);
    static final int SCROLL_MAX = Integer.getInteger("scrollMax", 5_000);
    /** Every virtual user behind one address (an assembly hall's network) instead of one each. */
    static final boolean ONE_ADDRESS = Boolean.getBoolean("oneAddress");
    /** Each signed-in tab holds its push WebSocket while it works, as a browser does (-Dpush=false: not). */
    static final boolean PUSH = Boolean.parseBoolean(System.getProperty("push", "true"));

    // ---- steps: one view (or interaction) each ------------------------------------------------

    static ChainBuilder dashboard() {
        return VaadinClient.open("dashboard", "", "Dashboard · IMC");
    }

    /**
     * The directory on the scale data: first page, then scrolled down twice as a person reading
     * it, the second time to a random row below {@code scrollMax} (5,000: a hundred pages deep;
     * deeper offsets cost the database more, see docs/benchmarks.md).
     */
    static ChainBuilder directory() {
        return VaadinClient.openWithGrid("directory", "municipalities", "Municipalities · IMC")
                .pause(Duration.ofMillis(800))
                .exec(VaadinClient.scrollGrid("directory: scroll", 150))
                .pause(Duration.ofMillis(800))
                .exec(VaadinClient.scrollGrid(
                        "directory: scroll far",
                        session -> ThreadLocalRandom.current().nextInt(3, Math.max(4, SCROLL_MAX / 100)) * 100 - 50));
    }

    /** A municipality's profile, reached from a link on the previous view (directory or dashboard). */
    static ChainBuilder municipalityProfile() {
        return exec(session -> session.set(
                        "municipalityRoute", randomMunicipalityLink(session.getString(VaadinClient.LAST_RESPONSE))))
                .exec(VaadinClient.open("municipality profile", "#{municipalityRoute}", "Mayor"));
    }

    /** A mayor opens the own profile's editor and cancels it (a dialog round-trip, nothing saved). */
    static ChainBuilder ownProfileEditor() {
        return VaadinClient.click("profile: open editor", "vaadin-button", "Edit profile", "Save")
                .pause(Duration.ofSeconds(1))
                .exec(VaadinClient.click("profile: cancel editor", "vaadin-button", "Cancel", "\"opened\""));
    }

    static ChainBuilder affiliates() {
        return VaadinClient.openWithGrid("affiliates", "affiliates", "Affiliate organisations · IMC");
    }

    static ChainBuilder events() {
        return VaadinClient.openWithGrid("events", "events", "Events · IMC");
    }

    /** A liaison opens the new-event form and cancels it (a dialog round-trip, nothing saved). */
    static ChainBuilder eventEditor() {
        return VaadinClient.click("events: open editor", "vaadin-button", "Add an event", "First day")
                .pause(Duration.ofSeconds(1))
                .exec(VaadinClient.click("events: cancel editor", "vaadin-button", "Cancel", "\"opened\""));
    }

    /** A mayor's partner finder: every other municipality ranked for the own one; scrolled once. */
    static ChainBuilder partnerFinder() {
        return VaadinClient.openWithGrid("partner finder", "twinning/partners", "Find partners · IMC")
                .pause(Duration.ofMillis(800))
                .exec(VaadinClient.scrollGrid("partner finder: scroll", 150));
    }

    static ChainBuilder courseCatalogue() {
        return VaadinClient.openWithGrid("course catalogue", "learning/courses", "Courses · IMC");
    }

    /**
     * Courses of the demo data whose only session is open for enrolment without the trainer's
     * approval: enrolling seats the learner, or puts them on the waitlist once the seats are
     * taken (both are fine outcomes).
     */
    static final List<String> OPEN_COURSES = List.of(
            "GIS for Municipal Asset Registers", "Climate-Smart Urban Agriculture", "Community-Led Total Sanitation");

    /**
     * From the catalogue, one of {@link #OPEN_COURSES} (by its link in the catalogue), and on it
     * "Enrol" (or "Join the waitlist" when full) if the user has not enrolled yet: each virtual
     * user is another account, so the first visit enrols and later visits only show the status.
     */
    static ChainBuilder course() {
        return exec(session -> {
                    String title = OPEN_COURSES.get(ThreadLocalRandom.current().nextInt(OPEN_COURSES.size()));
                    return session.set("courseTitle", title)
                            .set(
                                    "courseRoute",
                                    UidlTree.gridValueOfRowWithText(
                                                    session.getString(VaadinClient.LAST_RESPONSE), title, "href")
                                            .orElse("learning/courses/0"));
                })
                .exec(VaadinClient.openWithGrid("course", "#{courseRoute}", "Sessions"))
                .pause(Duration.ofSeconds(1))
                .exec(doIf(session -> VaadinClient.shows(session, "vaadin-button", "Enrol"))
                        .then(VaadinClient.clickExpecting("course: enrol", "vaadin-button", "Enrol", ENROLLED)))
                .exec(doIf(session -> VaadinClient.shows(session, "vaadin-button", "Join the waitlist"))
                        .then(VaadinClient.clickExpecting(
                                "course: join the waitlist", "vaadin-button", "Join the waitlist", ENROLLED)));
    }

    /** The answers to an enrolment that are not refusals: seated, waitlisted, or awaiting approval. */
    // the waitlist number is formatted for the reader: "number 1,234" once the waitlist is long
    static final String ENROLLED = "You are enrolled in|you are number [\\d,]+ on the waitlist|awaits the trainer";

    /** A fund officer's queue of pending applications. */
    static ChainBuilder fundReview() {
        return VaadinClient.openWithGrid("fund review", "fund/review", "Review queue · IMC");
    }

    /** The fund's portfolio: every figure computed in SQL over all loans and the ledger, three charts and tables. */
    static ChainBuilder portfolio() {
        return VaadinClient.openWithGrid("portfolio", "fund/portfolio", "Fund portfolio · IMC");
    }

    // ---- journeys per role ---------------------------------------------------------------------

    static ChainBuilder member() {
        return think().exec(directory())
                .exec(think())
                .exec(municipalityProfile())
                .exec(think())
                .exec(courseCatalogue())
                .exec(think())
                .exec(course())
                .exec(think())
                .exec(events())
                .exec(think())
                .exec(affiliates())
                .exec(think())
                .exec(dashboard());
    }

    /** Ends on the own profile, so the next round starts on another view (re-opening the same route is cheap). */
    static ChainBuilder mayor() {
        return think().exec(directory())
                .exec(think())
                .exec(municipalityProfile())
                .exec(think())
                .exec(partnerFinder())
                .exec(think())
                .exec(affiliates())
                .exec(think())
                .exec(dashboard())
                .exec(think())
                .exec(municipalityProfile())
                .exec(think())
                .exec(ownProfileEditor());
    }

    static ChainBuilder liaison() {
        return think().exec(affiliates())
                .exec(think())
                .exec(events())
                .exec(think())
                .exec(eventEditor())
                .exec(think())
                .exec(directory())
                .exec(think())
                .exec(dashboard());
    }

    static ChainBuilder fundOfficer() {
        return think().exec(fundReview())
                .exec(think())
                .exec(portfolio())
                .exec(think())
                .exec(directory())
                .exec(think())
                .exec(municipalityProfile())
                .exec(think())
                .exec(dashboard());
    }

    static ChainBuilder trainer() {
        return think().exec(events())
                .exec(think())
                .exec(courseCatalogue())
                .exec(think())
                .exec(course())
                .exec(think())
                .exec(directory())
                .exec(think())
                .exec(dashboard());
    }

    // ---- set-up --------------------------------------------------------------------------------

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(BASE_URL)
                // the push WebSocket (VaadinClient.openPush) goes to the same node
                .wsBaseUrl(BASE_URL.replaceFirst("^http", "ws"))
                .acceptHeader("*/*")
                .acceptEncodingHeader("gzip, deflate")
                .acceptLanguageHeader("en-GB,en;q=0.9")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) load test")
                // each virtual user's own network, as the balancer reports it (see ScaleUsers.clientAddress)
                .header(
                        "X-Forwarded-For",
                        session -> !ONE_ADDRESS && session.contains("clientAddress")
                                ? session.getString("clientAddress")
                                : "10.255.255.254");
    }

    static ScenarioBuilder users() {
        return scenario("platform users")
                .feed(ScaleUsers.feeder())
                .exec(VaadinClient.signIn("#{username}", PASSWORD, "Dashboard · IMC"))
                .exitHereIfFailed()
                // the signed-in page's push connection, held while the tab is open
                .exec(doIf(session -> PUSH).then(VaadinClient.openPush("push: connect")))
                .exec(during(Duration.ofSeconds(DURATION))
                        .on(doSwitch("#{role}")
                                .on(
                                        onCase("MEMBER").then(member()),
                                        onCase("MAYOR").then(mayor()),
                                        onCase("LIAISON").then(liaison()),
                                        onCase("FUND_OFFICER").then(fundOfficer()),
                                        onCase("TRAINER").then(trainer()))))
                // the tab is closed without signing out
                .exec(doIf(session -> PUSH).then(VaadinClient.closePush("tab closed: push closed")))
                .exec(VaadinClient.unloadBeacon("tab closed: unload beacon"));
    }

    {
        setUp(users().injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP))))
                .protocols(protocol())
                .maxDuration(Duration.ofSeconds(RAMP + DURATION + 180L))
                .assertions(global().failedRequests().count().is(0L));
    }

    static ChainBuilder think() {
        long mean = Math.round(THINK * 1000);
        return exec(pause(Duration.ofMillis(mean / 2), Duration.ofMillis(mean * 3 / 2)));
    }

    /** A link element's href, or a grid row's link value (see {@code GridCells.link}). */
    private static final Pattern MUNICIPALITY_LINK = Pattern.compile(
            "(?:\"key\":\"href\",\"feat\":3,\"value\"|\"lr_[0-9a-f]+_href\"):\"(municipalities/\\d+)\"");

    /**
     * A municipality link shown in a response: a row of the directory, or the own municipality on
     * a mayor's dashboard.
     */
    static String randomMunicipalityLink(String response) {
        Matcher m = MUNICIPALITY_LINK.matcher(response == null ? "" : response);
        List<String> links = m.results().map(r -> r.group(1)).toList();
        if (links.isEmpty()) {
            return "municipalities/0";
        }
        return links.get(ThreadLocalRandom.current().nextInt(links.size()));
    }
}
