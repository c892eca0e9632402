package org.imc.platform.load;

import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The moments when many people press the same button at once, through the real UI (Vaadin's
 * protocol, as {@link PlatformSimulation}). System property {@code crowd} picks one:
 * <ul>
 *   <li>{@code enrol}: {@code users} (300) learners sign in over {@code ramp} seconds (60), open the
 *       course prepared by {@code --imc.scale.prepare-crowds=true} (30 seats) and all press "Enrol"
 *       within the same {@code window} seconds (10). Every answer must be an outcome ("You are
 *       enrolled" or "you are number N on the waitlist"); at the end the simulation checks from
 *       the answers that exactly 30 were seated and the waitlist is numbered 1..270.
 *   <li>{@code apply}: the 200 mayors of the prepared draft applications sign in, open their draft
 *       and press "Submit to the fund" within the same minute ({@code window} 60).
 *   <li>{@code signin}: {@code users} (500) of the everyday mix sign in within {@code ramp} (30) seconds.
 * </ul>
 * Any error (a failed check, a refusal, the outage or busy message) fails the run.
 */
public class FlashCrowdSimulation extends Simulation {

    static final String CROWD = System.getProperty("crowd", "enrol");
    static final int USERS = Integer.getInteger(
            "users",
            switch (CROWD) {
                case "apply" -> 200;
                case "signin" -> 500;
                default -> 300;
            });
    static final int RAMP = Integer.getInteger("ramp", CROWD.equals("signin") ? 30 : 60);
    static final int WINDOW = Integer.getInteger("window", CROWD.equals("apply") ? 60 : 10);
    static final String PASSWORD = System.getProperty("password", ScaleUsers.PASSWORD);
    static final int SEATS = Integer.getInteger("seats", 30);

    /** The moment the crowd starts pressing: everyone has signed in and opened the page by then. */
    static final long RUSH_AT = System.currentTimeMillis() + (RAMP + 30) * 1000L;

    static final Pattern SEATED = Pattern.compile("You are enrolled in");
    static final Pattern WAITLISTED = Pattern.compile("you are number (\\d+) on the waitlist");
    static final Queue<Integer> OUTCOMES = new ConcurrentLinkedQueue<>(); // 0 = seated, N = waitlist position

    /** Waits until the rush, then a random moment within the window. */
    static ChainBuilder waitForTheRush() {
        return exec(pause(session -> Duration.ofMillis(Math.max(0, RUSH_AT - System.currentTimeMillis())
                + ThreadLocalRandom.current().nextLong(WINDOW * 1000L))));
    }

    // ---- the crowds ------------------------------------------------------------------------------

    static ScenarioBuilder enrol() {
        String courseId = read("target/crowd-course-id").strip();
        return scenario("flash crowd: enrol")
                .feed(learners())
                .exec(VaadinClient.signIn("#{username}", PASSWORD, "Dashboard · IMC"))
                .exec(VaadinClient.openWithGrid("course", "learning/courses/" + courseId, "Sessions"))
                .exec(waitForTheRush())
                .exec(VaadinClient.clickExpecting("rush: enrol", "vaadin-button", "Enrol", PlatformSimulation.ENROLLED))
                .exec(FlashCrowdSimulation::recordOutcome)
                .exec(VaadinClient.unloadBeacon("tab closed: unload beacon"));
    }

    static ScenarioBuilder apply() {
        return scenario("flash crowd: apply")
                .feed(csv(Path.of("target", "crowd-drafts.csv").toAbsolutePath().toString())
                        .queue())
                .exec(session -> session.set("role", "MAYOR"))
                .exec(VaadinClient.signIn("#{username}", PASSWORD, "Dashboard · IMC"))
                .exec(VaadinClient.open(
                        "draft application", "fund/applications/#{applicationId}", "Submit to the fund"))
                .exec(waitForTheRush())
                .exec(VaadinClient.click("rush: submit", "vaadin-button", "Submit to the fund", "submitted"))
                .exec(VaadinClient.unloadBeacon("tab closed: unload beacon"));
    }

    static ScenarioBuilder signIn() {
        return scenario("flash crowd: sign in")
                .feed(ScaleUsers.feeder(40_000))
                .exec(VaadinClient.signIn("#{username}", PASSWORD, "Dashboard · IMC"))
                .exec(VaadinClient.unloadBeacon("tab closed: unload beacon"));
    }

    /** Members that the everyday load test does not use (from the 10,000th member on). */
    static Iterator<Map<String, Object>> learners() {
        AtomicLong next = new AtomicLong();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                long k = 10_000 + next.getAndIncrement();
                return Map.of("role", "MEMBER", "username", String.format(Locale.ROOT, "scale-user-%06d", 10 * k + 2));
            }
        };
    }

    static Session recordOutcome(Session session) {
        String answer = session.getString(VaadinClient.LAST_RESPONSE);
        Matcher waitlisted = WAITLISTED.matcher(answer == null ? "" : answer);
        if (waitlisted.find()) {
            OUTCOMES.add(Integer.parseInt(waitlisted.group(1)));
        } else if (answer != null && SEATED.matcher(answer).find()) {
            OUTCOMES.add(0);
        }
        return session;
    }

    @Override
    public void after() {
        if (!CROWD.equals("enrol")) {
            return;
        }
        List<Integer> outcomes = List.copyOf(OUTCOMES);
        long seated = outcomes.stream().filter(o -> o == 0).count();
        List<Integer> positions = outcomes.stream().filter(o -> o > 0).sorted().toList();
        boolean numbered = positions.equals(
                IntStream.rangeClosed(1, positions.size()).boxed().toList());
        System.out.printf(
                Locale.ROOT,
                "Flash crowd outcome: %d answers; %d seated (of %d seats); %d waitlisted, numbered 1..%d without gaps: %s%n",
                outcomes.size(),
                seated,
                SEATS,
                positions.size(),
                positions.size(),
                numbered && seated == Math.min(SEATS, outcomes.size()) ? "yes" : "NO");
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new IllegalStateException(
                    file + " is missing: start the node with --imc.scale.prepare-crowds=true", e);
        }
    }

    {
        ScenarioBuilder crowd = switch (CROWD) {
            case "apply" -> apply();
            case "signin" -> signIn();
            default -> enrol();
        };
        setUp(crowd.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP))))
                .protocols(PlatformSimulation.protocol())
                .maxDuration(Duration.ofSeconds(RAMP + WINDOW + 300L))
                .assertions(global().failedRequests().count().is(0L));
    }
}
