package org.imc.platform.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Live heap per signed-in session, and that it is released again.
 * <p>
 * A meter reads the application's live heap with {@code jcmd <pid> GC.class_histogram} (which
 * runs a full GC first and counts only reachable objects), together with the number of HTTP
 * sessions, Vaadin sessions and UIs on the heap:
 * <ol>
 * <li>after a warm-up (a few users sign in and browse, so classes and caches are loaded);</li>
 * <li>once {@code sessions} more users have signed in, each having opened the dashboard, the
 * directory (scrolled) and the events;</li>
 * <li>then every 20 s while they go away: half of them close the tab (the unload beacon, then no
 * more requests), the other half leave it open and idle (heartbeats only), until the sessions are gone or
 * {@code releaseWait} seconds have passed.</li>
 * </ol>
 * Live heap per session = (heap with them - heap before) / (HTTP sessions with them - before).
 * Start the application with a short session timeout for this (e.g.
 * {@code --server.servlet.session.timeout=2m --vaadin.heartbeatInterval=20}); see
 * bench/session-heap.sh. System properties: {@code baseUrl}, {@code appPid} (required),
 * {@code sessions} (200), {@code ramp} (90), {@code releaseWait} (seconds to watch the release, 240), {@code out}
 * (target/session-heap.txt).
 */
public class SessionHeapSimulation extends Simulation {

    static final String BASE_URL = System.getProperty("baseUrl", "http://127.0.0.1:8080");
    static final String APP_PID = System.getProperty("appPid", "");
    static final int SESSIONS = Integer.getInteger("sessions", 200);
    static final int RAMP = Integer.getInteger("ramp", 90);
    static final int RELEASE_WAIT = Integer.getInteger("releaseWait", 240);
    /** How many classes the report of what the sessions added lists (0: none). */
    static final int HISTOGRAM_TOP = Integer.getInteger("histogramTop", 30);

    static final int WARM_UP_USERS = 10;
    static final int WARM_UP_SECONDS = 45;
    static final Path OUT = Path.of(System.getProperty("out", "target/session-heap.txt"));
    /** Whether each tab holds its push WebSocket open, as a browser does (default yes). */
    static final boolean PUSH = Boolean.parseBoolean(System.getProperty("push", "true"));

    private static final long START = System.nanoTime();
    private static final java.util.concurrent.atomic.AtomicInteger BROWSED =
            new java.util.concurrent.atomic.AtomicInteger();
    private static volatile Reading baseline;
    private static volatile Reading open;

    record Reading(
            long liveBytes,
            long httpSessions,
            long vaadinSessions,
            long uis,
            long pushConnections,
            java.util.Map<String, long[]> classes) {
        Reading(long liveBytes, long httpSessions, long vaadinSessions, long uis, long pushConnections) {
            this(liveBytes, httpSessions, vaadinSessions, uis, pushConnections, new java.util.HashMap<>());
        }
    }

    private static final Pattern HISTOGRAM_LINE = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    /** class name → {instances, bytes} */
    static java.util.Map<String, long[]> classes(String histogram) {
        java.util.Map<String, long[]> classes = new java.util.HashMap<>();
        Matcher m = HISTOGRAM_LINE.matcher(histogram);
        while (m.find()) {
            classes.merge(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))}, (a, b) ->
                    new long[] {a[0] + b[0], a[1] + b[1]});
        }
        return classes;
    }

    /** What the sessions added, by class: the largest growths in live bytes, per session. */
    static void reportGrowth(Reading before, Reading after, long sessions) {
        record Growth(String name, long instances, long bytes) {}
        List<Growth> growth = new ArrayList<>();
        after.classes().forEach((name, now) -> {
            long[] then = before.classes().getOrDefault(name, new long[2]);
            growth.add(new Growth(name, now[0] - then[0], now[1] - then[1]));
        });
        growth.sort((a, b) -> Long.compare(b.bytes(), a.bytes()));
        report("Largest growths by class (per session: instances, bytes):");
        growth.stream()
                .limit(HISTOGRAM_TOP)
                .forEach(g -> report(String.format(
                        Locale.ROOT,
                        "  %8.1f %10.0f  %s",
                        g.instances() / (double) sessions,
                        g.bytes() / (double) sessions,
                        g.name())));
    }

    static ChainBuilder browse() {
        return VaadinClient.signIn("#{username}", ScaleUsers.PASSWORD, "Dashboard · IMC")
                .exitHereIfFailed()
                // the signed-in page's push connection, held while the tab is open
                .exec(doIf(session -> PUSH).then(VaadinClient.openPush("push: connect")))
                .exitHereIfFailed()
                .exec(PlatformSimulation.directory())
                .exec(PlatformSimulation.events());
    }

    static ScenarioBuilder warmUp() {
        return scenario("warm-up").feed(ScaleUsers.feeder(2_000)).exec(browse());
    }

    /**
     * Half the users close the tab (the browser's unload beacon, then nothing); the other half
     * keep it open and idle: heartbeats only, until the server ends the session.
     */
    static ScenarioBuilder sessions() {
        return scenario("signed-in sessions")
                .feed(ScaleUsers.feeder())
                .exec(session -> session.set("idleTab", session.userId() % 2 == 0))
                .exec(browse())
                .exec(session -> {
                    BROWSED.incrementAndGet();
                    return session;
                })
                // every tab stays open (heartbeats) until the meter has read the heap with them
                .exec(asLongAs(session -> open == null && elapsedSeconds() < WARM_UP_SECONDS + RAMP + 300)
                        .on(pause(Duration.ofSeconds(2)).exec(VaadinClient.heartbeatIfDue())))
                .exec(doIf(session -> !session.getBoolean("idleTab"))
                        .then(exec(VaadinClient.closePush("closed tab: push closed"))
                                .exec(VaadinClient.unloadBeacon("closed tab: unload beacon"))))
                .exec(doIf("#{idleTab}")
                        .then(exec(session -> session.set("heartbeatStatus", 200))
                                .exec(asLongAs(session -> session.getInt("heartbeatStatus") == 200
                                                && elapsedSeconds() < WARM_UP_SECONDS + RAMP + 300 + RELEASE_WAIT)
                                        .on(pause(session -> Duration.ofSeconds(session.getInt(VaadinClient.HEARTBEAT)))
                                                .exec(VaadinClient.heartbeat("idle tab: heartbeat"))))));
    }

    static ScenarioBuilder meter() {
        return scenario("meter")
                .pause(Duration.ofSeconds(WARM_UP_SECONDS - 5))
                .exec(session -> {
                    baseline = measure("before (warm-up users' sessions still open)");
                    return session;
                })
                // until every user has signed in and browsed, or the number that did stops growing
                // for 20 s after the ramp (users whose step failed stop early and never count);
                // at most 5 minutes
                .pause(Duration.ofSeconds(RAMP))
                .exec(session -> session.set("browsed", -1).set("stableSince", elapsedSeconds()))
                .exec(asLongAs(session -> BROWSED.get() < SESSIONS
                                && (BROWSED.get() == 0 || elapsedSeconds() - session.getLong("stableSince") < 20)
                                && elapsedSeconds() < WARM_UP_SECONDS + RAMP + 300)
                        .on(pause(Duration.ofSeconds(2)).exec(session -> {
                            int now = BROWSED.get();
                            return now == session.getInt("browsed")
                                    ? session
                                    : session.set("browsed", now).set("stableSince", elapsedSeconds());
                        })))
                .pause(Duration.ofSeconds(3))
                .exec(session -> {
                    open = measure("with " + BROWSED.get() + " of " + SESSIONS + " more sessions browsed");
                    long sessions = open.httpSessions() - baseline.httpSessions();
                    double perSession = (open.liveBytes() - baseline.liveBytes()) / (double) Math.max(1, sessions);
                    report(String.format(
                            Locale.ROOT,
                            "Live heap per signed-in session (push %s): %.1f KB "
                                    + "(%,d bytes more for %d more HTTP sessions, %d more UIs, %d more push"
                                    + " connections); goal <= 250 KB: %s",
                            PUSH ? "WebSocket open" : "off",
                            perSession / 1024,
                            open.liveBytes() - baseline.liveBytes(),
                            sessions,
                            open.uis() - baseline.uis(),
                            open.pushConnections() - baseline.pushConnections(),
                            perSession / 1024 <= 250 ? "met" : "MISSED"));
                    if (HISTOGRAM_TOP > 0) {
                        reportGrowth(baseline, open, Math.max(1, sessions));
                    }
                    return session;
                })
                .exec(session -> session.set("releaseUntil", elapsedSeconds() + RELEASE_WAIT))
                .exec(asLongAs(session -> elapsedSeconds() < session.getLong("releaseUntil"))
                        .on(pause(Duration.ofSeconds(20))
                                .exec(session -> {
                                    Reading r = measure("released?");
                                    return r.httpSessions() <= 1 ? session.set("done", true) : session;
                                })
                                .exitHereIf(session -> session.contains("done"))));
    }

    {
        if (APP_PID.isBlank()) {
            throw new IllegalStateException("-DappPid=<pid of the application> is required");
        }
        try {
            Files.deleteIfExists(OUT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        setUp(
                        warmUp().injectOpen(rampUsers(WARM_UP_USERS).during(Duration.ofSeconds(10))),
                        meter().injectOpen(atOnceUsers(1)),
                        sessions()
                                .injectOpen(
                                        nothingFor(Duration.ofSeconds(WARM_UP_SECONDS)),
                                        rampUsers(SESSIONS).during(Duration.ofSeconds(RAMP))))
                .protocols(PlatformSimulation.protocol());
    }

    static long elapsedSeconds() {
        return (System.nanoTime() - START) / 1_000_000_000L;
    }

    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)\\s*$");

    /** Full GC and live-object histogram of the application, via jcmd of the running JDK. */
    static Reading measure(String label) {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        try {
            Process p = new ProcessBuilder(jcmd, APP_PID, "GC.class_histogram")
                    .redirectErrorStream(true)
                    .start();
            String histogram = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            Matcher total = TOTAL.matcher(histogram);
            if (!total.find()) {
                throw new IllegalStateException("no histogram from jcmd: " + histogram);
            }
            Reading r = new Reading(
                    Long.parseLong(total.group(2)),
                    instances(histogram, "org.apache.catalina.session.StandardSession"),
                    instances(histogram, "com.vaadin.flow.server.VaadinSession"),
                    instances(histogram, "com.vaadin.flow.component.UI"),
                    instances(histogram, "org.atmosphere.cpr.AtmosphereResourceImpl"));
            r.classes().putAll(classes(histogram));
            report(String.format(
                    Locale.ROOT,
                    "[%4d s] %-45s live heap %7.1f MB, HTTP sessions %4d, "
                            + "Vaadin sessions %4d, UIs %4d, push connections %4d",
                    elapsedSeconds(),
                    label,
                    r.liveBytes() / 1048576.0,
                    r.httpSessions(),
                    r.vaadinSessions(),
                    r.uis(),
                    r.pushConnections()));
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long instances(String histogram, String className) {
        Matcher m = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+" + Pattern.quote(className) + "(\\s|$)")
                .matcher(histogram);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    static synchronized void report(String line) {
        System.out.println(line);
        try {
            Files.createDirectories(OUT.toAbsolutePath().getParent());
            Files.writeString(
                    OUT,
                    line + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
